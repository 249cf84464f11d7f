package dev.casebook.content;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.casebook.core.ReloadFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changed paths on their way to {@link ContentIndexer#reload}, on a thread of their own: a burst
 * of changes is collected until the folder has been quiet for {@value #QUIET_MILLIS} ms and
 * reloaded at once. A reload that fails is tried again, with everything it was to apply and
 * whatever changed meanwhile, after a pause that doubles from one second up to a minute. Changes
 * seen before the first index has finished wait for it.
 */
final class ReloadQueue {

	static final long QUIET_MILLIS = 40;

	static final long MAX_RETRY_MILLIS = 60_000;

	static final long FIRST_INDEX_POLL_MILLIS = 200;

	private static final Logger logger = LoggerFactory.getLogger(ReloadQueue.class);

	/** Put in the queue to end the loop; compared by identity. */
	private static final String STOP = new String("stop");

	private final ContentIndexer indexer;

	private final BlockingQueue<String> changes = new LinkedBlockingQueue<>();

	private final Thread thread;

	ReloadQueue(ContentIndexer indexer) {
		this.indexer = indexer;
		this.thread = new Thread(this::run, "casebook-content-reload");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** @param path a path relative to the content folder, {@code ""} for all of it */
	void add(String path) {
		this.changes.add(path);
	}

	/** Ends the loop once a running reload has committed or rolled back. */
	void stop() throws InterruptedException {
		this.changes.add(STOP);
		this.thread.join(TimeUnit.SECONDS.toMillis(30));
	}

	/** The first paths of a set, and how many more there are. */
	static String shortList(Set<String> paths) {
		String first = String.join(", ", paths.stream().limit(3).map((path) -> path.isEmpty() ? "everything" : path).toList());
		return (paths.size() > 3) ? first + " and " + (paths.size() - 3) + " more" : first;
	}

	private void run() {
		Set<String> pending = new LinkedHashSet<>();
		long retry = 0;
		try {
			while (true) {
				String first = pending.isEmpty() ? this.changes.take() : this.changes.poll(retry, TimeUnit.MILLISECONDS);
				for (String next = first; next != null; next = this.changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
					if (next == STOP) {
						return;
					}
					pending.add(next);
				}
				if (this.indexer.lastReport().isEmpty()) {
					// changes made while the first index runs are applied once it is done
					retry = FIRST_INDEX_POLL_MILLIS;
					continue;
				}
				try {
					this.indexer.reload(pending);
					pending.clear();
					retry = 0;
				}
				catch (RuntimeException ex) {
					retry = Math.min(Math.max(2 * retry, 1000), MAX_RETRY_MILLIS);
					logger.error("Reloading {} failed ({}); the previous content is still served; trying again in {} s",
							shortList(pending), this.indexer.lastFailure().map(ReloadFailure::reason).orElse(ex.toString()),
							retry / 1000);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
