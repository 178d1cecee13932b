package cn.nianbao.workbench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The workbench's only routes, matched on the raw request path exactly: {@code /},
 * {@code /snapshot}, {@code /events}, {@code /fonts/<file>} (a face of the PDF's font set),
 * {@code /download/docx}, {@code /download/pdf} and {@code POST /edit}. Any other path — and so
 * every {@code ..}, encoded or not — is 404. A request for another host name (a web page rebinding
 * its own name to the loopback address) or a write from another origin is refused.
 */
final class Routes implements HttpHandler {
  private static final Pattern FONT = Pattern.compile("/fonts/[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final String CSP = "default-src 'none'; script-src 'unsafe-inline'; "
      + "style-src 'unsafe-inline'; font-src 'self'; connect-src 'self'; img-src 'self' blob:; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final Workbench bench;
  private final byte[] page;

  Routes(Workbench bench) throws IOException {
    this.bench = bench;
    try (InputStream in = Routes.class.getResourceAsStream("workbench.html")) {
      if (in == null) {
        throw new IOException("workbench.html is missing from the jar");
      }
      this.page = in.readAllBytes();
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      if (!bench.isOwnHost(exchange.getRequestHeaders().getFirst("Host"))) {
        text(exchange, 403, "只接受来自本机 " + bench.address() + " 的请求。");
        return;
      }
      route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
    }
  }

  private void route(HttpExchange exchange, String method, String path) throws IOException {
    boolean get = "GET".equals(method) || "HEAD".equals(method);
    if (get && "/".equals(path)) {
      exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
      send(exchange, 200, "text/html; charset=utf-8", page);
    } else if (get && "/snapshot".equals(path)) {
      send(exchange, 200, "application/json; charset=utf-8", bench.snapshotJson());
    } else if (get && "/events".equals(path)) {
      bench.events().serve(exchange, bench.snapshot().version());
    } else if (get && FONT.matcher(path).matches()) {
      font(exchange, path.substring(SnapshotMaker.FONT_ROUTE.length()));
    } else if (get && ("/download/docx".equals(path) || "/download/pdf".equals(path))) {
      download(exchange, path.endsWith("pdf"));
    } else if ("POST".equals(method) && "/edit".equals(path)) {
      edit(exchange);
    } else {
      text(exchange, 404, "没有这个页面。");
    }
  }

  private void font(HttpExchange exchange, String name) throws IOException {
    Optional<byte[]> bytes = bench.fonts().read(name);
    if (bytes.isEmpty()) {
      text(exchange, 404, "没有这个字体。");
      return;
    }
    exchange.getResponseHeaders().set("Cache-Control", "max-age=86400");
    send(exchange, 200, FontFiles.mediaType(name), bytes.get());
  }

  private void download(HttpExchange exchange, boolean pdf) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    boolean draft = query != null && query.matches("(.*&)?draft=1(&.*)?");
    Snapshot snapshot = bench.snapshot();
    Downloads.Result result = bench.downloads().make(snapshot, pdf, draft);
    if (result.refusal() != null) {
      text(exchange, 409, result.refusal());
      return;
    }
    String name = bench.baseName() + (draft ? "-草稿" : "") + (pdf ? ".pdf" : ".docx");
    exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"report"
        + (pdf ? ".pdf" : ".docx") + "\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
    exchange.getResponseHeaders().set("X-Nianbao-Sha256", snapshot.sha256());
    send(exchange, 200, pdf ? "application/pdf"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", result.bytes());
  }

  private void edit(HttpExchange exchange) throws IOException {
    String origin = exchange.getRequestHeaders().getFirst("Origin");
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (origin != null && !origin.equals(bench.origin())
        || type == null || !type.startsWith("application/json")) {
      text(exchange, 403, "只接受本页面的修改。");
      return;
    }
    byte[] body = exchange.getRequestBody().readNBytes(64 * 1024);
    Edits.Answer answer = bench.edits().apply(body);
    send(exchange, answer.status(), "application/json; charset=utf-8", answer.json());
  }

  static void text(HttpExchange exchange, int status, String message) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().putIfAbsent("Cache-Control", java.util.List.of("no-store"));
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
