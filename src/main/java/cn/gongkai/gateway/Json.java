package cn.gongkai.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;

/** JSON out, written by us so the shape is exactly the contract's (ISO dates, UTF-8). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {}

    /** Marks a response as ours, so the catch-all 404 page does not overwrite it. */
    static final String ANSWERED = "gongkai.answered";

    static void send(Context ctx, int status, Object body) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
