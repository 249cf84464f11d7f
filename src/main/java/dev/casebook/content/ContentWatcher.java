package dev.casebook.content;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.casebook.CasebookProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * With {@code casebook.watch=true}, watches the content folder on a daemon thread and hands every
 * burst of changes (collected until the folder has been quiet for {@value #QUIET_MILLIS} ms) to
 * {@link ContentIndexer#reload}. Stopping closes the watch service and waits for a running reload
 * to commit or roll back.
 */
@Component
class ContentWatcher implements SmartLifecycle {

	static final long QUIET_MILLIS = 40;

	private static final Logger logger = LoggerFactory.getLogger(ContentWatcher.class);

	private final CasebookProperties properties;

	private final ContentIndexer indexer;

	private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

	private volatile WatchService service;

	private volatile Thread thread;

	ContentWatcher(CasebookProperties properties, ContentIndexer indexer) {
		this.properties = properties;
		this.indexer = indexer;
	}

	@Override
	public void start() {
		if (!this.properties.watch()) {
			return;
		}
		Path root = this.properties.contentDir();
		try {
			this.service = FileSystems.getDefault().newWatchService();
			register(root);
		}
		catch (IOException ex) {
			logger.error("Cannot watch {}: {}; live reload is off", root.toAbsolutePath(), ex.getMessage());
			return;
		}
		this.thread = new Thread(() -> watch(root), "casebook-content-watcher");
		this.thread.setDaemon(true);
		this.thread.start();
		logger.info("Watching {} for changes", root.toAbsolutePath());
	}

	@Override
	public void stop() {
		Thread watcher = this.thread;
		if (watcher == null) {
			return;
		}
		this.thread = null;
		try {
			this.service.close();
			watcher.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (IOException ex) {
			logger.warn("Cannot close the content watcher: {}", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

	private void watch(Path root) {
		try {
			while (true) {
				Set<String> changed = new LinkedHashSet<>();
				collect(root, this.service.take(), changed);
				for (WatchKey key = poll(); key != null; key = poll()) {
					collect(root, key, changed);
				}
				reload(changed);
			}
		}
		catch (ClosedWatchServiceException | InterruptedException ex) {
			logger.info("Stopped watching {}", root.toAbsolutePath());
		}
	}

	private WatchKey poll() throws InterruptedException {
		return this.service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
	}

	private void reload(Set<String> changed) {
		try {
			this.indexer.reload(changed);
		}
		catch (RuntimeException ex) {
			logger.error("Reloading {} failed; the previous state is still served", changed, ex);
		}
	}

	/** Adds the paths of a key's events, relative to the root; a lost event means "everything". */
	private void collect(Path root, WatchKey key, Set<String> changed) {
		Path folder = this.folders.get(key);
		for (WatchEvent<?> event : key.pollEvents()) {
			if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
				changed.add("");
				continue;
			}
			Path path = folder.resolve((Path) event.context());
			if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
				try {
					register(path);
				}
				catch (IOException ex) {
					logger.warn("Cannot watch {}: {}", path, ex.getMessage());
				}
			}
			changed.add(ContentLoader.relative(root, path));
		}
		if (!key.reset()) {
			this.folders.remove(key);
		}
	}

	private void register(Path start) throws IOException {
		try (Stream<Path> tree = Files.walk(start)) {
			for (Path folder : tree.filter(Files::isDirectory).toList()) {
				WatchKey key = folder.register(this.service, StandardWatchEventKinds.ENTRY_CREATE,
						StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
				this.folders.put(key, folder);
			}
		}
	}

}
