package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A photo of an early-warning note, as metadata only: the image itself stays with the originator. */
@Embeddable
public class Photo {

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "media_type")
    public String mediaType;

    public String sha256;

    @Column(name = "size_bytes")
    public long sizeBytes;

    @Column(name = "taken_at")
    public Instant takenAt;

    public String caption;
}
