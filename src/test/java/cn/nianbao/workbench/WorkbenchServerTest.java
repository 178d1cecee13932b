package cn.nianbao.workbench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.nianbao.document.Document;
import cn.nianbao.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's server without a browser: where it listens, what it answers, what it refuses. */
class WorkbenchServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path folder;
  @TempDir Path locks;

  @Test
  void listensOnTheLoopbackAddressOnly() throws Exception {
    try (Workbench bench = Benches.open(Benches.copyExample(folder, "qingshuihe-2021"), locks)) {
      assertTrue(bench.boundAddress().getAddress().isLoopbackAddress(), bench.boundAddress().toString());
      assertEquals("127.0.0.1", bench.address().getHost());
      assertEquals(200, get(bench, "/").statusCode());
    }
  }

  @Test
  void answersOnlyItsOwnRoutes() throws Exception {
    try (Workbench bench = Benches.open(Benches.copyExample(folder, "qingshuihe-2021"), locks)) {
      for (String path : new String[] {"/../pom.xml", "/%2e%2e/pom.xml", "/..%2fpom.xml",
          "/%2e%2e%2fpom.xml", "/fonts/..%2f..%2fpom.xml", "/fonts/../pom.xml",
          "/fonts/%2e%2e/qingshuihe-2021.yaml", "/qingshuihe-2021.yaml", "/snapshot/", "/index.html",
          "/fonts/NotAFont.otf", "/download/yaml"}) {
        String answer = raw(bench, "GET " + path + " HTTP/1.1");
        assertTrue(answer.startsWith("HTTP/1.1 404"), path + " → " + answer.lines().findFirst().orElse(""));
        assertTrue(!answer.contains("<project") && !answer.contains("机关"), path + " leaked: " + answer);
      }
      assertEquals(200, get(bench, "/fonts/FandolSong-Regular.otf").statusCode());
    }
  }

  @Test
  void refusesAnotherHostNameAndWritesFromAnotherOrigin() throws Exception {
    try (Workbench bench = Benches.open(Benches.copyExample(folder, "qingshuihe-2021"), locks)) {
      String rebound = raw(bench, "GET /snapshot HTTP/1.1", "Host: evil.example:" + bench.address().getPort());
      assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
      HttpResponse<String> edit = http.send(HttpRequest.newBuilder(bench.address().resolve("/edit"))
          .header("Content-Type", "application/json").header("Origin", "http://evil.example")
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(403, edit.statusCode());
    }
  }

  @Test
  void aSecondWorkbenchOnTheSameFileIsRefused() throws Exception {
    Path data = Benches.copyExample(folder, "qingshuihe-2021");
    try (Workbench bench = Benches.open(data, locks)) {
      Workbench.AlreadyRunning e = assertThrows(Workbench.AlreadyRunning.class,
          () -> Benches.open(folder.resolve(".").resolve("qingshuihe-2021.yaml"), locks));
      assertTrue(e.getMessage().contains("qingshuihe-2021.yaml 已经在另一个 nianbao serve 中打开"), e.getMessage());
    }
    Benches.open(data, locks).close(); // free again once the first is closed
  }

  @Test
  void downloadsAreRefusedWhileThereAreErrorsExceptAsADraft() throws Exception {
    Path data = Benches.copyExample(folder, "qingshuihe-2021");
    Benches.replace(data, "结转下年度继续办理: {自然人: 7", "结转下年度继续办理: {自然人: 8");
    try (Workbench bench = Benches.open(data, locks)) {
      HttpResponse<String> refused = get(bench, "/download/pdf");
      assertEquals(409, refused.statusCode());
      assertTrue(refused.body().contains("数字核对有") && refused.body().contains("草稿"), refused.body());
      assertEquals(409, get(bench, "/download/docx").statusCode());
      HttpResponse<byte[]> draft = getBytes(bench, "/download/pdf?draft=1");
      assertEquals(200, draft.statusCode());
      Report report = Benches.NIANBAO.load(data).report();
      Report previous = Benches.NIANBAO.load(folder.resolve("qingshuihe-2020.yaml")).report();
      assertTrue(Benches.NIANBAO.check(report, previous).hasErrors());
      Document document = Benches.NIANBAO.document(report, true);
      assertArrayEquals(Benches.NIANBAO.pdf(document), draft.body(), "the draft PDF render --draft writes");
      assertTrue(draft.headers().firstValue("Content-Disposition").orElse("")
          .contains("filename*=UTF-8''qingshuihe-2021-%E8%8D%89%E7%A8%BF.pdf"));
    }
  }

  @Test
  void downloadsAreTheBytesRenderWrites() throws Exception {
    Path data = Benches.copyExample(folder, "qingshuihe-2021");
    try (Workbench bench = Benches.open(data, locks)) {
      Report report = Benches.NIANBAO.load(data).report();
      Document document = Benches.NIANBAO.document(report, false);
      assertArrayEquals(Benches.NIANBAO.docx(document), getBytes(bench, "/download/docx").body());
      assertArrayEquals(Benches.NIANBAO.pdf(document), getBytes(bench, "/download/pdf").body());
    }
  }

  @Test
  void aFileThatCannotBeBoundRefusesDownloadsWithTheFirstError() throws Exception {
    Path data = Benches.copyExample(folder, "qingshuihe-2021");
    Benches.replace(data, "年度: 2021", "年度: [2021");
    try (Workbench bench = Benches.open(data, locks)) {
      HttpResponse<String> refused = get(bench, "/download/docx?draft=1");
      assertEquals(409, refused.statusCode());
      assertTrue(refused.body().matches("(?s).*第一处：qingshuihe-2021\\.yaml:\\d+:\\d+: YAML 格式错误.*"),
          refused.body());
    }
  }

  private HttpResponse<String> get(Workbench bench, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(bench.address().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<byte[]> getBytes(Workbench bench, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(bench.address().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A request written by hand, so that no client tidies its path first. */
  private static String raw(Workbench bench, String requestLine, String... headers) throws IOException {
    URI address = bench.address();
    try (Socket socket = new Socket(address.getHost(), address.getPort())) {
      StringBuilder request = new StringBuilder(requestLine).append("\r\n");
      boolean host = false;
      for (String header : headers) {
        request.append(header).append("\r\n");
        host |= header.startsWith("Host:");
      }
      if (!host) {
        request.append("Host: 127.0.0.1:").append(address.getPort()).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

}
