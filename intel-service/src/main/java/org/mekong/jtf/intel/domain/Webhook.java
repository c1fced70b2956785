package org.mekong.jtf.intel.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.TrackedRecord;

/** A national system's endpoint for an agency's hotline events, with the secret its deliveries are signed with. */
@Entity
@Table(name = "hotline_webhook")
public class Webhook extends TrackedRecord {

    public String agency;

    public String url;

    public String secret;

    public boolean active;
}
