package org.mekong.jtf.intel.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.service.DistributionService;
import org.mekong.jtf.intel.service.ReportService;
import org.mekong.jtf.intel.service.StixExporter;

/** Notes on new substances and tablet markings: shared and graded like reports, with an earlyWarning part. */
@Path("/api/early-warnings")
@Tag(name = "Drug early warning")
public class EarlyWarningResource extends IntelRecordResource {

    public EarlyWarningResource(ReportService reports, DistributionService distribution, StixExporter stix,
                          org.mekong.jtf.intel.service.Correlation correlation, CurrentCaller caller) {
        super(ReportKind.EARLY_WARNING, reports, distribution, stix, correlation, caller);
    }
}
