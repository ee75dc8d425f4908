package nl.welzijnsroute.casework;

/**
 * The work queue's filters, bound from the query string.
 *
 * @param type a task definition key, e.g. Task_ContactClient
 * @param gemeente the case's gemeente
 * @param due {@code overdue}, {@code today} or empty
 * @param q a case number (prefix) or part of the client's name
 * @param sort {@code due} (default) or {@code created}
 * @param mine only tasks assigned to me
 */
public record WorkQueueFilter(String type, String gemeente, String due, String q, String sort, boolean mine,
        int page) {

    public WorkQueueFilter {
        page = Math.max(page, 0);
    }
}
