package cn.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The batch runner prints what running the jobs one after another would print. */
class OrderedJobsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Job i prints on both streams, the later jobs finishing first. */
  private static List<OrderedJobs.Job<Integer>> jobs(int n) {
    List<OrderedJobs.Job<Integer>> jobs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int id = i;
      jobs.add((o, e) -> {
        o.println("[" + id + "] start");
        e.println("[" + id + "] problem");
        sleep(n - id); // the first job is the slowest
        o.print("[" + id + "] done");
        o.println();
        return id * id;
      });
    }
    return jobs;
  }

  private List<Integer> run(List<OrderedJobs.Job<Integer>> jobs, int threads) {
    return OrderedJobs.run(jobs, threads, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void severalThreadsPrintAndReturnExactlyWhatOneThreadDoes() {
    List<Integer> one = run(jobs(12), 1);
    String oneOut = out.toString();
    String oneErr = err.toString();
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);

    List<Integer> four = run(jobs(12), 4);

    assertEquals(one, four);
    assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121), four);
    assertEquals(oneOut, out.toString());
    assertEquals(oneErr, err.toString());
    assertTrue(oneOut.startsWith("[0] start\n[0] done\n[1] start\n"), oneOut);
  }

  @Test
  void theJobsRunAtTheSameTimeOnSeveralThreads() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    OrderedJobs.Job<Boolean> waitsForTheOther = (o, e) -> {
      threads.add(Thread.currentThread().getName());
      bothStarted.countDown();
      try {
        return bothStarted.await(30, TimeUnit.SECONDS); // false if they ran one after another
      } catch (InterruptedException x) {
        throw new IllegalStateException(x);
      }
    };

    assertEquals(List.of(true, true), OrderedJobs.run(List.of(waitsForTheOther, waitsForTheOther), 2,
        new PrintWriter(out), new PrintWriter(err)));
    assertEquals(2, threads.size());
  }

  @Test
  void aJobThatThrowsStopsTheRunAfterTheOutputOfTheJobsBeforeIt() {
    List<OrderedJobs.Job<Integer>> jobs = new ArrayList<>(jobs(3));
    IllegalStateException defect = new IllegalStateException("defect");
    jobs.add(1, (o, e) -> {
      o.println("[x] start");
      throw defect;
    });

    assertSame(defect, assertThrows(IllegalStateException.class, () -> run(jobs, 2)));
    assertEquals("[0] start\n[0] done\n[x] start\n", out.toString());
  }

  @Test
  void anErrorOfAJobIsRethrownAsItWas() {
    OutOfMemoryError oom = new OutOfMemoryError("test");
    List<OrderedJobs.Job<Integer>> jobs = List.of((o, e) -> 1, (o, e) -> {
      throw oom;
    });
    assertSame(oom, assertThrows(OutOfMemoryError.class, () -> run(jobs, 2)));
  }

  @Test
  void thereIsOneThreadPerCoreAndNeverMoreThanJobs() {
    assertEquals(1, OrderedJobs.threads(1));
    assertEquals(Math.min(3, Runtime.getRuntime().availableProcessors()), OrderedJobs.threads(3));
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
