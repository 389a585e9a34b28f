package org.gptracker.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;

/**
 * Spring's JSON converter (in place of Boot's, with Boot's mapper), writing each answer whole with its Content-Length:
 * the JSON is built in memory first (this service's answers are small and none is a stream), so the container sends
 * headers and body in one write, where Spring's flush after the body had it commit a chunked answer and send its
 * closing chunk in a second write (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
class WholeJsonAnswers {

    @Bean
    MappingJackson2HttpMessageConverter jsonConverter(ObjectMapper json) {
        return new WholeJson(json);
    }

    private static final class WholeJson extends MappingJackson2HttpMessageConverter {

        WholeJson(ObjectMapper json) {
            super(json);
        }

        @Override
        protected void writeInternal(Object object, Type type, HttpOutputMessage answer) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream(256);
            super.writeInternal(object, type, new HttpOutputMessage() {
                @Override
                public OutputStream getBody() {
                    return body;
                }

                @Override
                public HttpHeaders getHeaders() {
                    return answer.getHeaders();
                }
            });
            answer.getHeaders().setContentLength(body.size());
            body.writeTo(answer.getBody());
        }
    }
}
