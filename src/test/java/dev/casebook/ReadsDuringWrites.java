package dev.casebook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs reads on several threads, over and over, while writes run on the calling thread. */
public final class ReadsDuringWrites {

	private ReadsDuringWrites() {
	}

	/**
	 * Repeats {@code read} on {@code readers} threads while {@code write} runs {@code writes} times;
	 * fails with the first failure of either, or if a reader never got to read.
	 */
	public static void run(int readers, Runnable read, int writes, Runnable write) throws Exception {
		AtomicBoolean written = new AtomicBoolean();
		ExecutorService threads = Executors.newFixedThreadPool(readers);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < readers; i++) {
			runs.add(threads.submit(() -> {
				int reads = 0;
				while (!written.get()) {
					read.run();
					reads++;
				}
				return reads;
			}));
		}
		try {
			for (int i = 0; i < writes; i++) {
				write.run();
			}
		}
		finally {
			written.set(true);
			threads.shutdown();
		}
		for (Future<Integer> run : runs) {
			assertThat(run.get()).isPositive();
		}
	}

}
