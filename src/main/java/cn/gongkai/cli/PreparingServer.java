package cn.gongkai.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * While a first {@code serve} indexes the bundled sample, the port already answers: 503 with
 * "正在准备" (JSON for /health and /api, a short page otherwise) and Retry-After, instead of a
 * refused connection. Closed just before the real server takes the port.
 */
final class PreparingServer implements AutoCloseable {
    private final HttpServer http;
    private boolean closed;

    private PreparingServer(HttpServer http) {
        this.http = http;
    }

    static PreparingServer start(String bind, int port, String message) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 16);
        byte[] json = ("{\"status\":\"preparing\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] page = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"5\">"
                + "<title>正在准备</title></head><body style=\"font-family:sans-serif;font-size:20px;margin:2em\"><p>"
                + message.replace("&", "&amp;").replace("<", "&lt;") + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        http.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            boolean api = path.equals("/health") || path.startsWith("/api/");
            byte[] body = api ? json : page;
            ex.getResponseHeaders().set("Content-Type", api ? "application/json; charset=utf-8" : "text/html; charset=utf-8");
            ex.getResponseHeaders().set("Retry-After", "10");
            ex.sendResponseHeaders(503, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        return new PreparingServer(http);
    }

    int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            http.stop(0);
        }
    }
}
