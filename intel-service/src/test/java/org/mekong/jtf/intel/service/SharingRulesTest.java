package org.mekong.jtf.intel.service;

import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.intel.domain.Agreement;
import org.mekong.jtf.intel.domain.AgreementStatus;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.Purpose;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The agreement rules on their own: each reason a share is refused, and the shares they allow. */
class SharingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Agreement vnTh() {
        Agreement a = new Agreement();
        a.code = "VN-TH-1998";
        a.parties = Set.of("VN", "TH");
        a.purposes = Set.of(Purpose.INVESTIGATION, Purpose.PROSECUTION);
        a.maxHandling = HandlingCode.H2;
        a.validFrom = LocalDate.of(1998, 1, 1);
        a.status = AgreementStatus.IN_FORCE;
        return a;
    }

    private static ProblemException refused(Agreement a, String code, Purpose purpose, HandlingCode handling, LocalDate day) {
        return assertThrows(ProblemException.class, () -> SharingRules.check("", "VN-C04", "TH-ONCB", code, a, purpose, handling, day,
                List.of(vnTh())));
    }

    @Test
    void aShareTheAgreementCoversPasses() {
        assertDoesNotThrow(() -> SharingRules.check("", "VN-C04", "TH-ONCB", "VN-TH-1998", vnTh(), Purpose.INVESTIGATION,
                HandlingCode.H2, TODAY, List.of()));
        assertDoesNotThrow(() -> SharingRules.check("", "VN-C04", "VN-BDBP", null, null, Purpose.INVESTIGATION,
                HandlingCode.H3, TODAY, List.of()), "within one country no agreement is needed");
    }

    @Test
    void eachMissingThingIsNamed() {
        ProblemException none = refused(null, null, Purpose.INVESTIGATION, HandlingCode.H0, TODAY);
        assertEquals(422, none.status());
        assertEquals("agreement", none.violations().get(0).field());
        assertTrue(none.getMessage().contains("in force between them: VN-TH-1998"));
        assertTrue(refused(null, "VN-TH-2099", Purpose.INVESTIGATION, HandlingCode.H0, TODAY).getMessage().contains("no agreement VN-TH-2099"));
        ProblemException purpose = refused(vnTh(), "VN-TH-1998", Purpose.EXTRADITION, HandlingCode.H0, TODAY);
        assertEquals("purpose", purpose.violations().get(0).field());
        ProblemException handling = refused(vnTh(), "VN-TH-1998", Purpose.INVESTIGATION, HandlingCode.H3, TODAY);
        assertEquals("handling", handling.violations().get(0).field());

        Agreement ended = vnTh();
        ended.validUntil = TODAY.minusDays(1);
        assertTrue(refused(ended, "VN-TH-1998", Purpose.INVESTIGATION, HandlingCode.H0, TODAY).getMessage()
                .contains("expired on " + TODAY.minusDays(1)));
        Agreement notYet = vnTh();
        notYet.validFrom = TODAY.plusDays(1);
        assertTrue(refused(notYet, "VN-TH-1998", Purpose.INVESTIGATION, HandlingCode.H0, TODAY).getMessage().contains("not in force before"));
        Agreement withdrawn = vnTh();
        withdrawn.status = AgreementStatus.WITHDRAWN;
        withdrawn.withdrawnOn = TODAY;
        assertTrue(refused(withdrawn, "VN-TH-1998", Purpose.INVESTIGATION, HandlingCode.H0, TODAY).getMessage().contains("withdrawn"));
        Agreement elsewhere = vnTh();
        elsewhere.parties = Set.of("VN", "LA");
        assertTrue(refused(elsewhere, "VN-TH-1998", Purpose.INVESTIGATION, HandlingCode.H0, TODAY).getMessage().contains("not between VN and TH"));
        // the last day of an agreement still counts
        Agreement lastDay = vnTh();
        lastDay.validUntil = TODAY;
        assertDoesNotThrow(() -> SharingRules.check("", "VN-C04", "TH-ONCB", "VN-TH-1998", lastDay, Purpose.INVESTIGATION,
                HandlingCode.H0, TODAY, List.of()));
    }

    @Test
    void consentIsNeededForH2AndForH1InCourt() {
        assertTrue(DistributionService.needsConsent(HandlingCode.H2, Purpose.INVESTIGATION));
        assertTrue(DistributionService.needsConsent(HandlingCode.H1, Purpose.PROSECUTION));
        assertFalse(DistributionService.needsConsent(HandlingCode.H1, Purpose.INVESTIGATION));
        assertFalse(DistributionService.needsConsent(HandlingCode.H3, Purpose.PROSECUTION));
        assertFalse(DistributionService.needsConsent(HandlingCode.H0, Purpose.INVESTIGATION));
    }
}
