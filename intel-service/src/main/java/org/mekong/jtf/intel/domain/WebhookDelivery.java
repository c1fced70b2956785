package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event's delivery to one webhook: retried with backoff while it fails, then parked for an operator. */
@Entity
@Table(name = "hotline_delivery")
public class WebhookDelivery {

    @Id
    public Long id;

    @Column(name = "webhook_id")
    public UUID webhookId;

    @Column(name = "event_id")
    public long eventId;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
