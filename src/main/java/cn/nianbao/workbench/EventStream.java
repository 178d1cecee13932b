package cn.nianbao.workbench;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events ({@code text/event-stream}) to every open page: the number of the newest
 * snapshot, which the page then fetches. Each page's stream is served by its own handler thread,
 * which waits for news and writes a comment now and then, so that a closed page is noticed.
 */
final class EventStream {
  private static final long KEEP_ALIVE_SECONDS = 15;
  /** Told to a page's thread when the server stops. */
  private static final String END = "";

  private final Set<BlockingQueue<String>> pages = ConcurrentHashMap.newKeySet();

  /** Tells every open page that snapshot {@code version} is ready. */
  void publish(long version) {
    String event = "event: snapshot\ndata: " + version + "\n\n";
    pages.forEach(queue -> queue.offer(event));
  }

  /** Ends every stream (the server stops). */
  void closeAll() {
    pages.forEach(queue -> queue.offer(END));
  }

  /** Serves one page's stream until the page goes away or the server stops. */
  void serve(HttpExchange exchange, long current) throws IOException {
    BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    pages.add(queue);
    try (OutputStream out = exchange.getResponseBody()) {
      write(out, "retry: 300\nevent: snapshot\ndata: " + current + "\n\n");
      while (true) {
        String event = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        if (END.equals(event)) {
          return;
        }
        write(out, event == null ? ": ping\n\n" : event);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the page was closed or reloaded: nothing to tell anyone
    } finally {
      pages.remove(queue);
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
