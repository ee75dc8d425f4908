package nl.welzijnsroute.casework.forms;

import org.springframework.web.util.HtmlUtils;

/** The little Markdown that form texts use (headings, paragraphs, bold), rendered safely: everything is escaped first. */
public final class MarkdownText {

    private MarkdownText() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String block : markdown.split("\\n\\s*\\n|\\n(?=#)")) {
            for (String line : block.split("\\n")) {
                String trimmed = line.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int level = 0;
                while (level < trimmed.length() && level < 6 && trimmed.charAt(level) == '#') {
                    level++;
                }
                if (level > 0 && trimmed.length() > level && trimmed.charAt(level) == ' ') {
                    int tag = Math.min(level + 1, 6);
                    html.append("<h").append(tag).append(" class=\"h5\">")
                            .append(inline(trimmed.substring(level + 1))).append("</h").append(tag).append('>');
                } else {
                    html.append("<p>").append(inline(trimmed)).append("</p>");
                }
            }
        }
        return html.toString();
    }

    private static String inline(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8").replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
    }
}
