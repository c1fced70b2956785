package org.mekong.jtf.cases.client;

import java.time.Instant;
import java.util.UUID;

/** An alert on an agency's hotline feed, as the intel service takes it (POST /api/hotline/alerts). */
public record HotlineAlert(UUID id, String kind, UUID caseId, String objectType, String objectId, String title, String body,
                           Instant occurredAt) {

    public static final String EXTRADITION_OVERDUE = "EXTRADITION_OVERDUE";
    public static final String WANTED_PERSON_SIGHTED = "WANTED_PERSON_SIGHTED";
}
