package dev.casebook.content;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.casebook.CasebookProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store step of each run: one transaction under the write lock, which readers of the search
 * index wait for ({@link ContentLock}), and the data folder's seal around it ({@link DataFolder}).
 */
@Component
class ContentStore {

	private final EntityWriter writer;

	private final EntityUpdater updater;

	private final TransactionTemplate transactions;

	private final ContentLock lock;

	private final Optional<DataFolder> folder;

	ContentStore(CasebookProperties properties, EntityWriter writer, EntityUpdater updater,
			TransactionTemplate transactions, ContentLock lock) {
		this.writer = writer;
		this.updater = updater;
		this.transactions = transactions;
		this.lock = lock;
		this.folder = Optional.of(properties).filter(CasebookProperties::keepIndex)
			.map((kept) -> new DataFolder(kept.dataDir()));
	}

	/** What the sealed store holds of each entry's file ({@link SealFile}); empty when nothing is sealed. */
	Optional<Map<String, String>> sealed() {
		return this.folder.flatMap(DataFolder::sealed);
	}

	/** The copies of the sealed store's files, as a content folder. */
	Optional<Path> copies() {
		return this.folder.map(DataFolder::files);
	}

	/**
	 * What {@link #replace} stored of {@code linked}, for a store that holds it already; empty when
	 * the store does not hold it after all.
	 */
	Optional<Stored> kept(ContentLinker.Linked linked) {
		return this.writer.kept(linked);
	}

	/**
	 * Replaces whatever was stored with {@code linked}, read from {@code content}. The folder is
	 * unsealed while the store is written and sealed once it has committed.
	 */
	Stored replace(Path content, ContentLinker.Linked linked, FileDates dates) {
		return sealing(content, linked, dates, () -> {
			this.writer.clear();
			return this.writer.write(linked, dates);
		});
	}

	/**
	 * Stores what changed from {@code previous} to {@code next}. With {@code content}, it then
	 * seals the store: only right when {@code dates} are those a full index would store. A live
	 * reload stores modification times instead, so its store stays unsealed and the next start
	 * indexes afresh.
	 */
	Stored update(ContentLinker.Linked previous, ContentLinker.Linked next, FileDates dates, Optional<Path> content) {
		if (content.isPresent()) {
			return sealing(content.get(), next, dates, () -> this.updater.update(previous, next, dates));
		}
		return this.lock.writing(() -> {
			this.folder.ifPresent(DataFolder::unseal);
			return this.transactions.execute((status) -> this.updater.update(previous, next, dates));
		});
	}

	private Stored sealing(Path content, ContentLinker.Linked linked, FileDates dates, Supplier<Stored> write) {
		return this.lock.writing(() -> {
			this.folder.ifPresent(DataFolder::unseal);
			Stored stored = this.transactions.execute((status) -> write.get());
			this.folder.ifPresent((folder) -> folder.seal(content, linked.entries(), dates));
			return stored;
		});
	}

}
