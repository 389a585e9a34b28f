package org.gptracker.command.web;

import org.gptracker.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses oversized bodies with 413: at once when the declared length is too big, and while
 * reading when a chunked body grows past the limit. A file sent to {@code POST /api/imports} has its
 * own, larger limit; that exact path only, so no other endpoint can be reached with a big body.
 */
@Component
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final String IMPORTS = "/api/imports";

    private final long limit;
    private final long importLimit;

    BodySizeLimitFilter(@Value("${gp.http.max-body-size:1MB}") DataSize limit,
                        @Value("${gp.http.max-import-size:50MB}") DataSize importLimit) {
        this.limit = limit.toBytes();
        this.importLimit = importLimit.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = "POST".equals(request.getMethod()) && IMPORTS.equals(request.getRequestURI()) ? importLimit : this.limit;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"" + Problems.TYPE_BASE + "payload-too-large\",\"title\":\"Request body too large\","
                    + "\"status\":413,\"detail\":\"The request body is larger than " + limit + " bytes.\"}");
            return;
        }
        // a declared length within the limit is all the container will read; only a body of unknown length is counted
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedRequest(request, limit) : request, response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws PayloadTooLargeException {
                    read += n;
                    if (read > limit) {
                        throw new PayloadTooLargeException(limit);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
