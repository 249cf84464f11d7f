package dev.casebook.content;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Keeps readers of derived indexes (full-text search) from seeing a content change half applied:
 * a change to stored entries runs under the write lock, until its transaction has committed and
 * every index has been updated; reads run under the read lock.
 */
@Component
public class ContentLock {

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	public <T> T reading(Supplier<T> action) {
		this.lock.readLock().lock();
		try {
			return action.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	<T> T writing(Supplier<T> action) {
		this.lock.writeLock().lock();
		try {
			return action.get();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
