package dev.casebook.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.casebook.CasebookProperties;
import dev.casebook.core.WatchStatus;
import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code casebook.watch=true}, watches the content folder (directory-watcher registers every
 * folder, those that appear later too) and hands every change to a {@link ReloadQueue}. Every
 * {@value #CHECK_MILLIS} ms it checks that the folder is still the one watched: a folder deleted,
 * replaced by a rename, or a link ({@code current -> releases/N}) pointed elsewhere is watched
 * anew and read again in full; a watcher that stopped is restarted.
 */
@Component
class ContentWatcher implements SmartLifecycle {

	static final long CHECK_MILLIS = 1000;

	private static final Logger logger = LoggerFactory.getLogger(ContentWatcher.class);

	private final CasebookProperties properties;

	private final ContentIndexer indexer;

	private volatile WatchStatus status = WatchStatus.off();

	private volatile ScheduledExecutorService supervisor;

	private volatile ExecutorService events;

	private volatile ReloadQueue changes;

	/** Set when a folder's permissions changed: it may hold folders that could not be registered. */
	private volatile boolean reregister;

	/** The folder watched (its real path) and its watcher; touched by the supervisor thread only. */
	private Watched watched;

	private record Watched(Path folder, Object identity, DirectoryWatcher watcher, CompletableFuture<Void> running) {
	}

	ContentWatcher(CasebookProperties properties, ContentIndexer indexer) {
		this.properties = properties;
		this.indexer = indexer;
	}

	/** Whether changes are being picked up, and if not, why. */
	WatchStatus status() {
		return this.status;
	}

	@Override
	public void start() {
		if (!this.properties.watch()) {
			return;
		}
		this.events = Executors.newCachedThreadPool((task) -> daemon(task, "casebook-content-events"));
		this.supervisor = Executors.newSingleThreadScheduledExecutor((task) -> daemon(task, "casebook-content-watch"));
		this.supervisor.scheduleWithFixedDelay(this::check, 0, CHECK_MILLIS, TimeUnit.MILLISECONDS);
		this.changes = new ReloadQueue(this.indexer);
	}

	@Override
	public void stop() {
		ScheduledExecutorService checks = this.supervisor;
		if (checks == null) {
			return;
		}
		this.supervisor = null;
		checks.shutdownNow();
		try {
			checks.awaitTermination(10, TimeUnit.SECONDS);
			close();
			this.events.shutdownNow();
			this.changes.stop();
			logger.info("Stopped watching the content folder");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.supervisor != null;
	}

	/** Makes sure the folder watched is the content folder now, and that its watcher runs. */
	private void check() {
		try {
			Optional<Path> folder = ContentLoader.realFolder(this.properties.contentDir());
			if (folder.isEmpty()) {
				if (this.status.state() != WatchStatus.State.FOLDER_MISSING) {
					close();
					logger.warn("The content folder {} is missing; the last content is served until it is back",
							this.properties.contentDir());
					this.status = new WatchStatus(WatchStatus.State.FOLDER_MISSING,
							"the content folder is missing", Instant.now());
				}
				return;
			}
			Object identity = Files.readAttributes(folder.get(), BasicFileAttributes.class).fileKey();
			boolean same = this.watched != null && this.watched.folder().equals(folder.get())
					&& Objects.equals(this.watched.identity(), identity);
			if (same && !this.watched.running().isDone() && !this.reregister) {
				return;
			}
			// changes made while nothing watched, or in a folder that replaced the one watched, are
			// caught by reading it all; the first watch needs no reading, the first index does it
			boolean stopped = same && this.watched.running().isDone();
			boolean replaced = (this.watched != null && !same)
					|| (this.watched == null && this.status.state() != WatchStatus.State.OFF);
			this.reregister = false;
			close();
			watch(folder.get(), identity);
			if (stopped || replaced) {
				logger.info("Reading the whole content folder again: {}", stopped ? "it was not watched for a moment" : "it changed");
				this.changes.add("");
			}
		}
		catch (IOException | RuntimeException ex) {
			close();
			String reason = (ex instanceof IOException io) ? ContentLoader.reason(io) : ex.getClass().getSimpleName();
			this.status = new WatchStatus(WatchStatus.State.DOWN, "cannot watch the content folder: " + reason, Instant.now());
			logger.warn("Cannot watch the content folder ({}); trying again", ex.getMessage());
		}
	}

	private void watch(Path folder, Object identity) throws IOException {
		DirectoryWatcher watcher = DirectoryWatcher.builder()
			.path(folder)
			.fileHashing(false)
			.listener((event) -> changed(folder, event))
			.build();
		CompletableFuture<Void> running = watcher.watchAsync(this.events);
		this.watched = new Watched(folder, identity, watcher, running);
		this.status = new WatchStatus(WatchStatus.State.WATCHING, "", Instant.now());
		logger.info("Watching {} for changes", folder);
	}

	private void changed(Path folder, DirectoryChangeEvent event) {
		Path path = event.path();
		if (path == null || event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
			this.changes.add("");
			return;
		}
		if (event.isDirectory() && event.eventType() == DirectoryChangeEvent.EventType.MODIFY) {
			this.reregister = true;
		}
		this.changes.add(ContentLoader.relative(folder, path));
	}

	private void close() {
		Watched current = this.watched;
		this.watched = null;
		if (current != null) {
			try {
				current.watcher().close();
			}
			catch (IOException ex) {
				logger.debug("Closing the content watcher: {}", ex.getMessage());
			}
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
