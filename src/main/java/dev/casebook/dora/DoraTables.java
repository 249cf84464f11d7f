package dev.casebook.dora;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.casebook.dora.DoraTable.Band;
import dev.casebook.dora.DoraTable.Citation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The DORA tables in {@code dora/tiers.yml}, one per report year. */
@Component
public class DoraTables {

	static final String RESOURCE = "dora/tiers.yml";

	private final List<DoraTable> tables;

	DoraTables() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			this.tables = list(root.get("tables")).stream()
				.map(DoraTables::table)
				.sorted(Comparator.comparingInt(DoraTable::year))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	public List<Integer> years() {
		return this.tables.stream().map(DoraTable::year).toList();
	}

	public Optional<DoraTable> year(int year) {
		return this.tables.stream().filter((table) -> table.year() == year).findFirst();
	}

	public DoraTable latest() {
		return this.tables.get(this.tables.size() - 1);
	}

	private static DoraTable table(Map<String, Object> table) {
		return new DoraTable(number(table.get("year")).intValue(), citation(table.get("source")),
				bands(table.get("deployment-frequency")), bands(table.get("lead-time")));
	}

	private static List<Band> bands(Object rows) {
		return list(rows).stream().map((row) -> {
			boolean inclusive = row.containsKey("up-to");
			double limit = number(inclusive ? row.get("up-to") : row.get("below")).doubleValue();
			return new Band((String) row.get("tier"), (String) row.get("published"), limit, inclusive,
					citation(row.get("source")));
		}).toList();
	}

	@SuppressWarnings("unchecked")
	private static Citation citation(Object source) {
		Map<String, Object> map = (Map<String, Object>) source;
		return new Citation((String) map.get("report"), number(map.get("year")).intValue(), (String) map.get("publisher"),
				(String) map.get("url"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	private static Number number(Object value) {
		if (value instanceof Number number) {
			return number;
		}
		throw new IllegalStateException(RESOURCE + ": expected a number, found " + value);
	}

}
