package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One entry of a message's thread: a reply of either side, the answer, an acknowledgement, an escalation. */
@Entity
@Table(name = "hotline_reply")
public class HotlineReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "officer_id")
    public String officerId;

    public String agency;

    public String type;

    public String summary;
}
