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

    /** A view of a record under optimistic locking: its version is its ETag. */
    public interface Versioned {
        long version();
    }

    private Created() {
    }

    /** 201 with the Location of the record, and its ETag if it has a version. */
    public static Response at(UriInfo uri, Identified view) {
        Response.ResponseBuilder created = Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view);
        if (view instanceof Versioned versioned) {
            created.header(HttpHeaders.ETAG, Versions.etag(versioned.version()));
        }
        return created.build();
    }

    /** 200 with the record, and its ETag if it has a version. */
    public static Response ok(Object view) {
        return view instanceof Versioned versioned ? Versions.okWithEtag(view, versioned.version()) : Response.ok(view).build();
    }
}
