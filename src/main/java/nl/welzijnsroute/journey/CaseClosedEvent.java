package nl.welzijnsroute.journey;

/** Published inside the closing transaction, so other features end their part of the case with it. */
public record CaseClosedEvent(long caseId) {
}
