package org.mekong.jtf.intel.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.service.DistributionService;
import org.mekong.jtf.intel.service.ReportService;
import org.mekong.jtf.intel.service.StixExporter;

@Path("/api/intel/reports")
@Tag(name = "Intelligence reports")
public class ReportResource extends IntelRecordResource {

    public ReportResource(ReportService reports, DistributionService distribution, StixExporter stix,
                          org.mekong.jtf.intel.service.Correlation correlation, CurrentCaller caller) {
        super(ReportKind.REPORT, reports, distribution, stix, correlation, caller);
    }
}
