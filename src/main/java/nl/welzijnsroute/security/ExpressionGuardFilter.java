package nl.welzijnsroute.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses engine REST queries that carry an expression ({@code ${…}} or {@code #{…}}) in a URL parameter or in a
 * JSON body, however it is encoded. Camunda 7.24 is the last community release, and a reported flaw lets an
 * expression smuggled into a task query's {@code orQueries} run code; this wall does not depend on a patch.
 */
class ExpressionGuardFilter extends OncePerRequestFilter {

    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ObjectMapper objectMapper = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The query string, decoded as Jersey will decode it (reading it does not consume a form body).
        String query = request.getQueryString();
        if (query != null && containsExpression(decode(query))) {
            refuse(response);
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().contains("json")) {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES || jsonContainsExpression(body)) {
                refuse(response);
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String decode(String query) {
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return query;
        }
    }

    static boolean containsExpression(String value) {
        return value != null && (value.contains("${") || value.contains("#{"));
    }

    /** Parsing decodes escapes such as {@code \u0024{}, so the check sees what the engine will see. */
    private boolean jsonContainsExpression(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return containsExpression(objectMapper.readTree(body));
        } catch (IOException unparseable) {
            // Not JSON after all: check the raw text, the engine will refuse it anyway.
            return containsExpression(new String(body, StandardCharsets.UTF_8));
        }
    }

    private boolean containsExpression(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isTextual()) {
            return containsExpression(node.textValue());
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (containsExpression(field.getKey()) || containsExpression(field.getValue())) {
                    return true;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (containsExpression(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"InvalidRequestException\","
                + "\"message\":\"Expressions are not allowed in queries\"}");
    }

    /** Lets the engine read the body this filter already consumed. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
