package org.mekong.jtf.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.mekong.jtf.common.concurrency.Versions;

/** The 201 of a create: the record, where to read it (always a readable GET), and its ETag if it has a version. */
public final class Created {

    /** A view of a created record: its id names it in the {@code Location} of the 201. */
    public interface Identified {
        Object id();
    }

    private Created() {
    }

    public static Response at(UriInfo uri, Identified view) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    public static Response at(UriInfo uri, Identified view, long version) {
        return Response.fromResponse(at(uri, view)).header(HttpHeaders.ETAG, Versions.etag(version)).build();
    }
}
