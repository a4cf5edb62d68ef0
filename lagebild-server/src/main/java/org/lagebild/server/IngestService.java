package org.lagebild.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.lagebild.model.Article;
import org.lagebild.store.GermanSearchIndex;
import org.lagebild.store.IngestReceipt;
import org.lagebild.store.LagebildStore;

/**
 * The one way articles enter the server, whatever their source. {@link #ingest} returns once the
 * articles are committed to the store and searchable; story analysis follows on one background
 * thread, which coalesces batches that arrive while it works (a burst of 50 requests costs one or two
 * regroupings, not 50).
 */
public final class IngestService implements AutoCloseable {

  private final LagebildStore store;
  private final GermanSearchIndex index;
  private final IncrementalStoryUpdater updater;
  private final Thread worker;
  private final java.util.concurrent.ExecutorService indexWriter =
      java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lagebild-index-writer");
        t.setDaemon(true);
        return t;
      });
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private long requested;
  private long completed;
  private volatile String lastError;
  private final java.util.concurrent.atomic.AtomicLong analysedSinceStart =
      new java.util.concurrent.atomic.AtomicLong();
  private volatile boolean stopping;

  public IngestService(LagebildStore store, GermanSearchIndex index, IncrementalStoryUpdater updater) {
    this.store = store;
    this.index = index;
    this.updater = updater;
    this.worker = new Thread(this::work, "lagebild-story-updater");
    this.worker.setDaemon(true);
  }

  /** Starts the background analysis with one refresh (stories for articles stored before). */
  public void start() {
    lock.lock();
    try {
      requested++;
    } finally {
      lock.unlock();
    }
    worker.start();
  }

  /** Stores and indexes the articles, and schedules story analysis when anything was new. */
  public synchronized IngestReceipt ingest(List<Article> articles) {
    IngestReceipt receipt;
    // Store write and index commit under the index's lock (the story updater takes it too), so the
    // change count each index commit records covers every store write before it.
    synchronized (index) {
      receipt = store.putArticles(articles);
      if (receipt.changedAnything()) {
        java.util.Set<String> fresh = new java.util.HashSet<>(receipt.added());
        fresh.addAll(receipt.updated());
        List<Article> toIndex = articles.stream().filter(a -> fresh.contains(a.id())).toList();
        uninterrupted(() -> {
          index.putArticles(toIndex);
          index.commit(store.changeCount());
        });
      }
    }
    if (receipt.changedAnything()) {
      lock.lock();
      try {
        requested++;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
    return receipt;
  }

  /**
   * Runs index writes on a thread nobody interrupts and waits for them: an interrupt inside Lucene's
   * file IO (a request thread at shutdown) would close the index writer for good.
   */
  private void uninterrupted(Runnable write) {
    java.util.concurrent.Future<?> done = indexWriter.submit(write);
    boolean interrupted = false;
    try {
      while (true) {
        try {
          done.get();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (java.util.concurrent.ExecutionException e) {
          throw e.getCause() instanceof RuntimeException re ? re
              : new IllegalStateException("index write failed", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Waits until every batch submitted so far has been analysed; false on timeout. */
  public boolean awaitAnalysed(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      long target = requested;
      while (completed < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Batches waiting for analysis (0 when stories are current). */
  public long pending() {
    lock.lock();
    try {
      return requested - completed;
    } finally {
      lock.unlock();
    }
  }

  /** Articles analysed since this process started (a restart reads stored analyses instead). */
  public long analysedSinceStart() {
    return analysedSinceStart.get();
  }

  public String lastError() {
    return lastError;
  }

  private void work() {
    while (!stopping) {
      long target;
      lock.lock();
      try {
        while (completed >= requested && !stopping) {
          changed.await(1, TimeUnit.SECONDS);
        }
        if (stopping) {
          return;
        }
        target = requested;
      } catch (InterruptedException e) {
        return;
      } finally {
        lock.unlock();
      }
      try {
        IncrementalStoryUpdater.Outcome outcome = updater.refresh();
        analysedSinceStart.addAndGet(outcome.analysed());
        lastError = null;
      } catch (RuntimeException e) {
        // Analysis failing is a bug, not bad input; keep serving and report it on /api/health.
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        System.err.println("lagebild: story update failed: " + lastError);
      }
      lock.lock();
      try {
        completed = target;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public void close() {
    // No interrupt: an interrupted thread inside Lucene's file IO closes the index for good.
    stopping = true;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    try {
      worker.join(120_000);
      indexWriter.shutdown();
      indexWriter.awaitTermination(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
