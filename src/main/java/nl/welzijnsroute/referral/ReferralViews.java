package nl.welzijnsroute.referral;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.welzijnsroute.journey.Terugkoppeling;
import nl.welzijnsroute.journey.TerugkoppelingRepository;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the referrer's views (page and API) within the scope {@link ReferrerCaseAccess} allows. */
@Service
@Transactional(readOnly = true)
public class ReferralViews {

    private final ReferrerCaseAccess access;
    private final TerugkoppelingRepository terugkoppelingen;
    private final MessageSource messages;

    private final org.springframework.context.ApplicationEventPublisher events;

    ReferralViews(ReferrerCaseAccess access, TerugkoppelingRepository terugkoppelingen, MessageSource messages,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.terugkoppelingen = terugkoppelingen;
        this.messages = messages;
    }

    public List<ReferralView> list(String userId) {
        List<ReferralCase> cases = access.visibleTo(userId);
        Map<Long, List<Terugkoppeling>> byCase = cases.isEmpty() ? Map.of()
                : terugkoppelingen.findByCaseIdInOrderBySentAtAscIdAsc(cases.stream().map(ReferralCase::getId).toList())
                        .stream().collect(Collectors.groupingBy(Terugkoppeling::getCaseId));
        return cases.stream().map(c -> ReferralView.of(c, byCase.getOrDefault(c.getId(), List.of()))).toList();
    }

    /** One referral, as its referrer opens it on the page; the opening is logged. */
    public Optional<ReferralView> byCaseNumber(String userId, String caseNumber) {
        return access.byCaseNumber(userId, caseNumber).map(c -> viewed(c, userId, "pagina"));
    }

    /** One referral, as a practice system reads it through the API; the reading is logged. */
    public Optional<ReferralView> byId(String userId, long id) {
        return access.byId(userId, id).map(c -> viewed(c, userId, "API"));
    }

    private ReferralView viewed(ReferralCase c, String userId, String channel) {
        events.publishEvent(new CaseViewedEvent(c.getId(), userId, channel));
        return view(c);
    }

    /** "overgedragen aan Voluit Leven", "afgesloten: doel bereikt". */
    public String statusInWords(ReferralView view, Locale locale) {
        String status = messages.getMessage("status." + view.status(), null, locale);
        if (view.closureReason() != null) {
            return status + " " + messages.getMessage("closure." + view.closureReason(), null, locale);
        }
        if (view.statusDetail() == null) {
            return status;
        }
        // Where the person went is for the treating huisarts; other referrers read that a handover happened.
        return view.source() == ReferralSource.HUISARTS ? status + " " + view.statusDetail()
                : status + " " + messages.getMessage("status.detail.hidden", null, locale);
    }

    private ReferralView view(ReferralCase c) {
        c.getClient().fullName(); // load within the transaction
        return ReferralView.of(c, terugkoppelingen.findByCaseIdOrderBySentAtAscIdAsc(c.getId()));
    }
}
