package cn.nianbao.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the jobs of a batch on several threads while printing exactly what running them one after
 * another would print: each job writes into its own transcript, and the transcripts are printed
 * on the caller's thread in job order, each as soon as it and every job before it are done. So
 * the output and the results do not depend on the thread count.
 */
final class OrderedJobs {
  /**
   * System property that sets the number of reports a batch makes at once (default: one per core;
   * {@code render} runs twice as many threads, see {@code RenderCommand}).
   */
  static final String THREADS = "nianbao.threads";

  /** One job: prints on {@code out} and {@code err}, returns its result. */
  interface Job<R> {
    R run(PrintWriter out, PrintWriter err);
  }

  private OrderedJobs() {}

  /** The threads for {@code jobs} jobs: one per core (or {@value #THREADS}), at most one per job. */
  static int threads(int jobs) {
    int wanted = Integer.getInteger(THREADS, Runtime.getRuntime().availableProcessors());
    return Math.max(1, Math.min(wanted, jobs));
  }

  /**
   * Runs every job, with {@code threads} threads (1: on the caller's thread, printing as it goes),
   * and returns their results in job order. An exception or error thrown by a job is rethrown here
   * after the output of the jobs before it and its own were printed; the jobs not yet started are
   * then not run.
   */
  static <R> List<R> run(List<Job<R>> jobs, int threads, PrintWriter out, PrintWriter err) {
    List<R> results = new ArrayList<>(jobs.size());
    if (threads <= 1) {
      for (Job<R> job : jobs) {
        results.add(job.run(out, err));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
    try {
      List<Future<Finished<R>>> futures = new ArrayList<>(jobs.size());
      for (Job<R> job : jobs) {
        futures.add(pool.submit(() -> runCaptured(job)));
      }
      for (Future<Finished<R>> future : futures) {
        Finished<R> finished = await(future);
        finished.transcript().printTo(out, err);
        if (finished.failure() instanceof Error e) {
          throw e;
        } else if (finished.failure() != null) {
          throw (RuntimeException) finished.failure();
        }
        results.add(finished.result());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A job's transcript and its result, or what it threw. */
  private record Finished<R>(Transcript transcript, R result, Throwable failure) {}

  private static <R> Finished<R> runCaptured(Job<R> job) {
    Transcript transcript = new Transcript();
    try {
      return new Finished<>(transcript, job.run(transcript.out(), transcript.err()), null);
    } catch (RuntimeException | Error e) { // rethrown on the caller's thread, after the output
      return new Finished<>(transcript, null, e);
    }
  }

  private static <R> Finished<R> await(Future<Finished<R>> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a report", e);
    } catch (ExecutionException e) { // runCaptured returns what the job threw: not expected here
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static ThreadFactory daemons() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "nianbao-render-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** What one job printed, on which stream, in order. */
  static final class Transcript {
    private final List<Piece> pieces = new ArrayList<>();
    private final PrintWriter out = new PrintWriter(new Stream(false));
    private final PrintWriter err = new PrintWriter(new Stream(true));

    /** A run of text written to one stream. */
    private record Piece(boolean toErr, StringBuilder text) {}

    PrintWriter out() {
      return out;
    }

    PrintWriter err() {
      return err;
    }

    /** Prints everything to the real streams, in the order it was written. */
    synchronized void printTo(PrintWriter realOut, PrintWriter realErr) {
      out.flush();
      err.flush();
      for (Piece piece : pieces) {
        PrintWriter target = piece.toErr() ? realErr : realOut;
        target.append(piece.text());
        target.flush(); // the other stream's next piece must come after this one
      }
    }

    private synchronized void add(boolean toErr, char[] chars, int off, int len) {
      Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
      if (last == null || last.toErr() != toErr) {
        last = new Piece(toErr, new StringBuilder());
        pieces.add(last);
      }
      last.text().append(chars, off, len);
    }

    /** One of the job's two streams. */
    private final class Stream extends Writer {
      private final boolean toErr;

      Stream(boolean toErr) {
        this.toErr = toErr;
      }

      @Override
      public void write(char[] chars, int off, int len) {
        add(toErr, chars, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    }
  }
}
