package cn.gongkai.console;

import io.javalin.http.Context;

/**
 * A refused or missing staff page as a page, not as JSON: staff read it in a browser, with a
 * way back. The message is escaped; it can quote what was typed.
 */
public final class ErrorPage {
    private ErrorPage() {}

    public static boolean applies(Context ctx) {
        return ctx.path().startsWith("/staff");
    }

    public static void send(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/html; charset=utf-8").result("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政务公开工作台</title></head>
                <body style="font-family:sans-serif;font-size:18px;margin:2em">
                <p>%s</p><p><a href="/staff/today">回到「今日」</a></p></body></html>""".formatted(escape(message)));
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
