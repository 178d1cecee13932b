package cn.nianbao.workbench;

import cn.nianbao.Nianbao;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The live workbench of one data file: a web server on the loopback address that shows the
 * file's pages and problems and refreshes them whenever the file (or the previous year's file it
 * uses) is saved. One per data file: a second one on the same file is refused.
 *
 * <pre>{@code
 * try (Workbench bench = Workbench.start(Nianbao.create(), settings)) {
 *   System.out.println(bench.address());
 *   bench.awaitClose();
 * }
 * }</pre>
 */
public final class Workbench implements AutoCloseable {
  /** How long the file must stay quiet after an event before it is read (an editor's save). */
  private static final long QUIET_MILLIS = 15;
  /** An empty file is usually a save half done (truncated, not yet written): wait this often. */
  private static final int EMPTY_WAITS = 5;
  private static final long EMPTY_WAIT_MILLIS = 40;

  /**
   * What to serve.
   *
   * @param dataFile    the data file
   * @param previousFor the previous year's data file for a report year, or null for none
   *                    (cross-year checks skipped); it is read, and watched, on every refresh
   * @param port        the port to listen on; 0 for a free one
   * @param lockFolder  where the lock that keeps to one workbench per file lives; null: nianbao's
   *                    cache folder
   */
  public record Settings(Path dataFile, IntFunction<Path> previousFor, int port, Path lockFolder) {}

  /** Another workbench is serving the same data file. */
  public static final class AlreadyRunning extends Exception {
    private static final long serialVersionUID = 1L;

    AlreadyRunning(String message) {
      super(message);
    }
  }

  private final Path dataFile;
  private final SnapshotMaker maker;
  private final FontFiles fonts;
  private final Downloads downloads;
  private final Edits edits;
  private final EventStream events = new EventStream();
  private final ScheduledExecutorService refresher;
  private final ExecutorService handlers;
  private final InstanceLock lock;
  private final FileWatch watch;
  private HttpServer server;
  private URI address;
  private volatile Snapshot snapshot;
  private ScheduledFuture<?> pending;
  private int emptyWaits;
  private boolean closed;

  private Workbench(Nianbao nianbao, Settings settings, InstanceLock lock) throws IOException {
    this.dataFile = settings.dataFile().toAbsolutePath().normalize();
    this.lock = lock;
    this.maker = new SnapshotMaker(nianbao, dataFile, settings.previousFor() == null ? year -> null
        : year -> absolute(settings.previousFor().apply(year)), CellEditing.DERIVED);
    this.fonts = new FontFiles(nianbao.fonts());
    this.downloads = new Downloads(nianbao);
    this.edits = new Edits(this, CellEditing.WRITER);
    this.refresher = Executors.newSingleThreadScheduledExecutor(daemon("nianbao-refresh"));
    this.handlers = Executors.newCachedThreadPool(daemon("nianbao-http"));
    this.watch = new FileWatch(this::changed);
  }

  /**
   * Reads the data file, starts the server and begins watching.
   *
   * @throws AlreadyRunning when a workbench already serves this file
   * @throws IOException    when the data file cannot be found or the port cannot be had
   */
  public static Workbench start(Nianbao nianbao, Settings settings)
      throws IOException, AlreadyRunning {
    if (!Files.isRegularFile(settings.dataFile())) {
      throw new java.nio.file.NoSuchFileException(settings.dataFile().toString());
    }
    Path folder = settings.lockFolder() != null ? settings.lockFolder() : InstanceLock.defaultFolder();
    InstanceLock lock = InstanceLock.take(folder, settings.dataFile()).orElseThrow(() ->
        new AlreadyRunning(settings.dataFile().getFileName()
            + " 已经在另一个 nianbao serve 中打开；请使用那个页面，或先关闭它（Ctrl-C）。"));
    Workbench bench = null;
    try {
      bench = new Workbench(nianbao, settings, lock);
      bench.begin(settings.port());
      return bench;
    } catch (IOException | RuntimeException e) {
      if (bench != null) {
        bench.close();
      } else {
        lock.close();
      }
      throw e;
    }
  }

  private void begin(int port) throws IOException {
    watch.watch(dataFile);
    watch.start();
    // Made twice: the first run loads and compiles the whole pipeline, which the first save
    // would otherwise pay for while the clerk waits.
    maker.make(0);
    snapshot = maker.make(1);
    watchPrevious();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", new Routes(this));
    server.setExecutor(handlers);
    server.start();
    InetSocketAddress bound = server.getAddress();
    address = URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
  }

  /** The page's address, e.g. {@code http://127.0.0.1:51234/}. */
  public URI address() {
    return address;
  }

  /** The socket the server listens on (always a loopback address). */
  public InetSocketAddress boundAddress() {
    return server.getAddress();
  }

  /**
   * Opens the page in the default browser (the desktop's, else {@code xdg-open} and the like);
   * false when there is none to ask. Never fails.
   */
  public boolean openInBrowser() {
    return Browser.open(address);
  }

  /** Blocks until the workbench is closed (or the thread interrupted). */
  public void awaitClose() throws InterruptedException {
    handlers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
  }

  /** Stops the server, the watching and the refreshing; releases the lock. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    events.closeAll();
    if (server != null) {
      server.stop(0);
    }
    refresher.shutdownNow();
    handlers.shutdownNow();
    try {
      watch.close();
    } finally {
      lock.close();
    }
  }

  // ---- for the routes ----

  Path dataFile() {
    return dataFile;
  }

  String baseName() {
    String name = dataFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  Snapshot snapshot() {
    return snapshot;
  }

  byte[] snapshotJson() {
    return SnapshotJson.of(snapshot, dataFile.getFileName().toString());
  }

  EventStream events() {
    return events;
  }

  FontFiles fonts() {
    return fonts;
  }

  Downloads downloads() {
    return downloads;
  }

  Edits edits() {
    return edits;
  }

  /** {@code http://127.0.0.1:PORT}: the only origin whose pages may write. */
  String origin() {
    String a = address.toString();
    return a.substring(0, a.length() - 1);
  }

  /** True for the Host header of a request made to this server by its own address. */
  boolean isOwnHost(String host) {
    int port = server.getAddress().getPort();
    return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port)
        || host.equals("[::1]:" + port));
  }

  // ---- refreshing ----

  /** Something happened to a watched file: read it once it has been quiet for a moment. */
  private synchronized void changed() {
    emptyWaits = 0;
    later(QUIET_MILLIS);
  }

  private synchronized void later(long millis) {
    if (pending != null) {
      pending.cancel(false);
    }
    if (!refresher.isShutdown()) {
      pending = refresher.schedule(this::refreshQuietly, millis, TimeUnit.MILLISECONDS);
    }
  }

  private void refreshQuietly() {
    try {
      if (halfSaved()) {
        later(EMPTY_WAIT_MILLIS);
        return;
      }
      refresh();
    } catch (IOException | RuntimeException e) {
      // the next save tries again; the page keeps what it shows
      System.err.println("nianbao serve: 未能更新页面：" + e);
    }
  }

  /** True while the data file is empty and has been only briefly (a truncate, then a write). */
  private synchronized boolean halfSaved() throws IOException {
    boolean empty = maker.readData().map(bytes -> bytes.length == 0).orElse(false);
    return empty && emptyWaits++ < EMPTY_WAITS;
  }

  /** Reads the files now (on the refreshing thread) and returns the snapshot then shown. */
  Snapshot refreshNow() throws IOException {
    try {
      return refresher.submit(() -> {
        refresh();
        return snapshot;
      }).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return snapshot;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** On the refreshing thread: makes a snapshot and tells the pages when anything changed. */
  private void refresh() throws IOException {
    Snapshot last = snapshot;
    Snapshot next = maker.make(last.version() + 1);
    if (next.inputs().equals(last.inputs()) && next.bound() == last.bound()) {
      return; // saved without a change, or an event about something else
    }
    snapshot = next;
    watchPrevious();
    events.publish(next.version());
  }

  private void watchPrevious() {
    Path previous = maker.previousFile();
    if (previous != null) {
      try {
        watch.watch(previous);
      } catch (IOException e) {
        // its folder is gone: the cross-year checks say the file was not found
      }
    }
  }

  private static Path absolute(Path file) {
    return file == null ? null : file.toAbsolutePath().normalize();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
