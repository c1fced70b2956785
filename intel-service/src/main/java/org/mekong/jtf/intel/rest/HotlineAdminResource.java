package org.mekong.jtf.intel.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.intel.config.IntelPermissions;
import org.mekong.jtf.intel.domain.DeliveryStatus;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.DeliveryView;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.DeskUpdate;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.DeskView;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.WebhookCreate;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.WebhookView;
import org.mekong.jtf.intel.service.DeskService;
import org.mekong.jtf.intel.service.WebhookService;

import java.util.List;
import java.util.UUID;

/** Hotline desks (readable by all, kept by each agency) and an agency's webhooks with their deliveries. */
@Path("/api/hotline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline")
public class HotlineAdminResource {

    private final DeskService desks;
    private final WebhookService webhooks;
    private final CurrentCaller caller;

    public HotlineAdminResource(DeskService desks, WebhookService webhooks, CurrentCaller caller) {
        this.desks = desks;
        this.webhooks = webhooks;
        this.caller = caller;
    }

    @GET
    @Path("/desks")
    @PermissionsAllowed(IntelPermissions.HOTLINE_READ)
    @Operation(summary = "Every agency's desk: time zone, hours, whether it is open now, officers on duty")
    public Uni<List<DeskView>> desks() {
        return desks.all();
    }

    @GET
    @Path("/desks/{agency}")
    @PermissionsAllowed(IntelPermissions.HOTLINE_READ)
    @Operation(summary = "One agency's desk (ETag carries its version)")
    public Uni<Response> desk(@PathParam("agency") String agency) {
        return desks.of(agency).map(view -> Versions.okWithEtag(view, view.version()));
    }

    @PUT
    @Path("/desks/{agency}")
    @PermissionsAllowed(IntelPermissions.HOTLINE_ADMINISTER)
    @Operation(summary = "Set your agency's desk (If-Match once it exists)")
    public Uni<Response> setDesk(@PathParam("agency") String agency, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @NotNull DeskUpdate request) {
        return desks.set(caller.get(), agency, ifMatch, request).map(view -> Versions.okWithEtag(view, view.version()));
    }

    @POST
    @Path("/webhooks")
    @PermissionsAllowed(IntelPermissions.HOTLINE_ADMINISTER)
    @Operation(summary = "Register a national system's webhook for your agency's events; the signing secret is in this answer only")
    public Uni<Response> register(@Valid @NotNull WebhookCreate request, UriInfo uri) {
        return webhooks.register(caller.get(), request).map(view -> Created.at(uri, view));
    }

    @GET
    @Path("/webhooks")
    @PermissionsAllowed(IntelPermissions.HOTLINE_ADMINISTER)
    @Operation(summary = "Your agency's webhooks")
    public Uni<List<WebhookView>> webhooks() {
        return webhooks.ofAgency(caller.get());
    }

    @GET
    @Path("/webhooks/{id}")
    @PermissionsAllowed(IntelPermissions.HOTLINE_ADMINISTER)
    @Operation(summary = "One of your agency's webhooks")
    public Uni<WebhookView> webhook(@PathParam("id") UUID id) {
        return webhooks.ofAgency(caller.get()).map(all -> all.stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> org.mekong.jtf.common.problem.ProblemException.notFound("webhook " + id)));
    }

    @DELETE
    @Path("/webhooks/{id}")
    @PermissionsAllowed(IntelPermissions.HOTLINE_ADMINISTER)
    @Operation(summary = "Stop delivering to a webhook")
    public Uni<WebhookView> deactivate(@PathParam("id") UUID id) {
        return webhooks.deactivate(caller.get(), id);
    }

    @GET
    @Path("/webhooks/{id}/deliveries")
    @PermissionsAllowed(IntelPermissions.HOTLINE_ADMINISTER)
    @Operation(summary = "A webhook's deliveries, newest first; status=PARKED for those that gave up")
    public Uni<List<DeliveryView>> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
                                              @QueryParam("page") String page, @QueryParam("size") String size) {
        return webhooks.deliveries(caller.get(), id, QueryParams.enumValue(status, "status", DeliveryStatus.class),
                QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 50, 1, 200));
    }

    @POST
    @Path("/webhooks/{id}/deliveries/{deliveryId}/replay")
    @PermissionsAllowed(IntelPermissions.HOTLINE_ADMINISTER)
    @Operation(summary = "Deliver a parked delivery again")
    public Uni<DeliveryView> replay(@PathParam("id") UUID id, @PathParam("deliveryId") long deliveryId) {
        return webhooks.replay(caller.get(), id, deliveryId);
    }
}
