package org.mekong.jtf.intel.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.intel.config.IntelPermissions;
import org.mekong.jtf.intel.domain.Agencies;
import org.mekong.jtf.intel.domain.HotlinePriority;
import org.mekong.jtf.intel.domain.HotlineStatus;
import org.mekong.jtf.intel.repository.HotlineMessageRepository;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.MessageSend;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.MessageTransition;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.MessageView;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.ReplySend;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.Statistics;
import org.mekong.jtf.intel.service.HotlineFeed;
import org.mekong.jtf.intel.service.HotlineService;
import org.mekong.jtf.intel.service.HotlineAlerts;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.AlertRaise;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.AlertView;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

@Path("/api/hotline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Hotline")
public class HotlineResource {

    private final HotlineService hotline;
    private final HotlineAlerts alerts;
    private final HotlineFeed feed;
    private final CurrentCaller caller;

    public HotlineResource(HotlineService hotline, HotlineAlerts alerts, HotlineFeed feed, CurrentCaller caller) {
        this.hotline = hotline;
        this.alerts = alerts;
        this.feed = feed;
        this.caller = caller;
    }

    @POST
    @Path("/alerts")
    @PermissionsAllowed(IntelPermissions.HOTLINE_ALERT_RAISE)
    @Operation(summary = "Raise an alert on the feed of the agency your (machine) token speaks for: 201 when new, 200 when that id was raised already")
    public Uni<Response> raise(@Valid @NotNull AlertRaise request, UriInfo uri) {
        return alerts.raise(caller.get(), request).map(raised -> raised.created() ? Created.at(uri, raised.alert())
                : Response.ok(raised.alert()).build());
    }

    @GET
    @Path("/alerts/{id}")
    @PermissionsAllowed(IntelPermissions.HOTLINE_READ)
    @Operation(summary = "One alert raised for your agency")
    public Uni<AlertView> alert(@PathParam("id") UUID id) {
        return alerts.get(caller.get(), id);
    }

    @GET
    @Path("/alerts")
    @PermissionsAllowed(IntelPermissions.HOTLINE_READ)
    @Operation(summary = "Alerts the suite raised for your agency (an extradition step overdue, a wanted person sighted), newest first")
    public Uni<Page<AlertView>> alerts(@QueryParam("page") String page, @QueryParam("size") String size) {
        return alerts.list(caller.get(), QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 50, 1, 200));
    }

    @POST
    @Path("/messages")
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(IntelPermissions.HOTLINE_SEND)
    @Operation(summary = "Send an urgent message to another agency (or its liaison post), under an agreement in force")
    public Uni<Response> send(@Valid @NotNull MessageSend request, UriInfo uri) {
        return hotline.send(caller.get(), request).map(view -> Created.at(uri, view));
    }

    @GET
    @Path("/messages")
    @PermissionsAllowed(IntelPermissions.HOTLINE_READ)
    @Operation(summary = "Inbox (box=inbox), outbox (box=outbox) or both, newest first; by priority, status, overdue, counterpart, case")
    public Uni<Page<MessageView>> list(@QueryParam("box") String box, @QueryParam("priority") String priority,
                                       @QueryParam("status") String status, @QueryParam("overdue") String overdue,
                                       @QueryParam("counterpart") String counterpart, @QueryParam("caseId") String caseId,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        String other = QueryParams.text(counterpart, "counterpart", 32);
        if (other != null && !other.matches(Agencies.CODE)) {
            throw ProblemException.badRequest("counterpart", "must be an agency code such as TH-ONCB");
        }
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw ProblemException.badRequest("overdue", "must be true or false");
        }
        var filter = new HotlineMessageRepository.Filter(
                box == null ? HotlineMessageRepository.Box.ALL : QueryParams.enumValue(box, "box", HotlineMessageRepository.Box.class),
                QueryParams.enumValue(priority, "priority", HotlinePriority.class), QueryParams.enumValue(status, "status", HotlineStatus.class),
                "true".equals(overdue), other, QueryParams.uuid(caseId, "caseId"));
        return hotline.search(caller.get(), filter, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 20, 1, 100));
    }

    @GET
    @Path("/messages/{id}")
    @PermissionsAllowed(IntelPermissions.HOTLINE_READ)
    @Operation(summary = "A message with its thread; deadlines in UTC and in your desk's time zone (ETag carries its version)")
    public Uni<Response> read(@PathParam("id") UUID id) {
        return hotline.read(caller.get(), id).map(Created::ok);
    }

    @POST
    @Path("/messages/{id}/transitions")
    @PermissionsAllowed(IntelPermissions.HOTLINE_RESPOND)
    @Operation(summary = "ACKNOWLEDGED, ANSWERED (with the answer in body) by the receiving agency; CLOSED by the sender (If-Match)")
    public Uni<Response> transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull MessageTransition request) {
        return hotline.transition(caller.get(), id, ifMatch, request).map(Created::ok);
    }

    @POST
    @Path("/messages/{id}/replies")
    @PermissionsAllowed(IntelPermissions.HOTLINE_SEND)
    @Operation(summary = "Add a reply to the thread (either side, until it is closed)")
    public Uni<Response> reply(@PathParam("id") UUID id, @Valid @NotNull ReplySend request) {
        return hotline.reply(caller.get(), id, request).map(Created::ok);
    }

    @GET
    @Path("/statistics")
    @PermissionsAllowed(IntelPermissions.HOTLINE_READ)
    @Operation(summary = "Response times per counterpart and priority (median, p90, share in time), both ways, for a period (default: this year)")
    public Uni<Statistics> statistics(@QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("counterpart") String counterpart) {
        LocalDate start = QueryParams.date(from, "from", LocalDate.now(ZoneOffset.UTC).withDayOfYear(1));
        LocalDate end = QueryParams.date(to, "to", LocalDate.now(ZoneOffset.UTC));
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        return hotline.statistics(caller.get(), start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                end.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), QueryParams.text(counterpart, "counterpart", 32));
    }

    @GET
    @Path("/feed")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @PermissionsAllowed(IntelPermissions.HOTLINE_READ)
    @Operation(summary = "Your agency's hotline events as they happen (Server-Sent Events); reconnect with Last-Event-ID to miss nothing")
    public Multi<OutboundSseEvent> feed(@HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        Long after = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                after = Long.parseLong(lastEventId.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.badRequest("Last-Event-ID", "must be the id of an event this feed sent");
            }
        }
        return feed.follow(caller.get().agency(), after).map(item -> item.heartbeat()
                ? sse.newEventBuilder().comment("heartbeat").build()
                : sse.newEventBuilder().id(String.valueOf(item.event().id())).name(item.event().type())
                .data(item.event().payload()).build());
    }
}
