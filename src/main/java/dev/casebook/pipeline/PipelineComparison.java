package dev.casebook.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.casebook.core.StageKind;
import dev.casebook.model.Company;
import dev.casebook.model.PipelineStage;

/**
 * Companies' delivery pipelines side by side: their stages aligned by kind (build to verify), and
 * the aspects in which they differ most (what ships, who starts a deploy, how exposure is limited,
 * how servers get their configuration), each marked when the companies' answers differ.
 */
record PipelineComparison(List<Company> companies, List<KindRow> stages, List<AspectRow> aspects) {

	/** One kind of stage: for each company, its stages of that kind (often one, sometimes none). */
	record KindRow(StageKind kind, List<List<PipelineStage>> cells) {
	}

	/**
	 * One aspect: for each company, what its stages say of it, as "stage: answer".
	 *
	 * @param differs whether the companies that answer give different answers
	 */
	record AspectRow(String label, List<List<String>> cells, boolean differs) {
	}

	static PipelineComparison of(List<Company> companies) {
		List<KindRow> stages = new ArrayList<>();
		for (StageKind kind : StageKind.values()) {
			List<List<PipelineStage>> cells = companies.stream()
				.map((company) -> company.getPipeline().stream().filter((stage) -> stage.getKind() == kind).toList())
				.toList();
			if (cells.stream().anyMatch((cell) -> !cell.isEmpty())) {
				stages.add(new KindRow(kind, cells));
			}
		}
		List<AspectRow> aspects = List.of(aspect("What ships", companies, PipelineStage::getShips),
				aspect("Who starts it", companies, PipelineStage::getTrigger),
				aspect("How exposure is limited", companies, PipelineStage::getExposure),
				aspect("How servers get their configuration", companies, PipelineStage::getConfiguration),
				aspect("Gates", companies, PipelineStage::getGate));
		return new PipelineComparison(companies, stages, aspects);
	}

	private static AspectRow aspect(String label, List<Company> companies, Function<PipelineStage, String> answer) {
		List<List<String>> cells = companies.stream()
			.map((company) -> company.getPipeline().stream()
				.filter((stage) -> !answer.apply(stage).isEmpty())
				.map((stage) -> stage.getName() + ": " + answer.apply(stage))
				.toList())
			.toList();
		List<List<String>> answers = companies.stream()
			.map((company) -> company.getPipeline().stream().map(answer).filter((text) -> !text.isEmpty()).toList())
			.filter((list) -> !list.isEmpty())
			.toList();
		return new AspectRow(label, cells, answers.stream().distinct().count() > 1);
	}

}
