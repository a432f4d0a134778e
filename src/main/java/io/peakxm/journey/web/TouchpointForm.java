package io.peakxm.journey.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.peakxm.journey.ServiceStandard;
import io.peakxm.journey.Touchpoint;
import io.peakxm.journey.web.JourneyInputs.StandardInput;
import io.peakxm.journey.web.JourneyInputs.TouchpointInput;

/**
 * The touchpoint page form; standards are rows, blank rows are ignored. Mutable for form
 * binding.
 */
public class TouchpointForm {

	static final int BLANK_STANDARD_ROWS = 3;

	private Integer revision;

	private Long stageId;

	private String nameEn;

	private String nameZh;

	private String description;

	private String channel = "IN_PERSON";

	private String ownerTeam;

	private Long ownerUserId;

	private String keywordsEn;

	private String keywordsZh;

	private int designedEmotion;

	private boolean designedPeak;

	private boolean endMoment;

	private List<StandardRow> standards = new ArrayList<>();

	static TouchpointForm blank(int revision, long stageId) {
		TouchpointForm form = new TouchpointForm();
		form.revision = revision;
		form.stageId = stageId;
		return form.withBlankRows();
	}

	static TouchpointForm of(Touchpoint t, int revision, long stageId) {
		TouchpointForm form = new TouchpointForm();
		form.revision = revision;
		form.stageId = stageId;
		form.nameEn = t.nameEn();
		form.nameZh = t.nameZh();
		form.description = t.description();
		form.channel = t.channel().name();
		form.ownerTeam = t.ownerTeam();
		form.ownerUserId = t.ownerUserId();
		form.keywordsEn = String.join(", ", t.keywordsEn());
		form.keywordsZh = String.join("，", t.keywordsZh());
		form.designedEmotion = t.designedEmotion();
		form.designedPeak = t.designedPeak();
		form.endMoment = t.endMoment();
		for (ServiceStandard s : t.standards()) {
			StandardRow row = new StandardRow();
			row.setId(s.id());
			row.setName(s.name());
			row.setMeasure(s.measure());
			row.setUnit(s.unit());
			row.setTarget(s.target() == null ? null : s.target().stripTrailingZeros());
			row.setDirection(s.direction().name());
			row.setCompliance(s.compliance().name());
			form.standards.add(row);
		}
		return form.withBlankRows();
	}

	TouchpointForm withBlankRows() {
		standards.removeIf(StandardRow::isBlank);
		for (int i = 0; i < BLANK_STANDARD_ROWS; i++) {
			standards.add(new StandardRow());
		}
		return this;
	}

	Touchpoint toTouchpoint() {
		List<StandardInput> rows = standards.stream()
			.filter(r -> !r.isBlank())
			.map(r -> new StandardInput(r.getId(), r.getName(), r.getMeasure(), r.getUnit(), r.getTarget(),
					r.getDirection(), r.getCompliance()))
			.toList();
		return new TouchpointInput(revision, nameEn, nameZh, description, channel, ownerTeam, ownerUserId,
				JourneyInputs.splitKeywords(keywordsEn), JourneyInputs.splitKeywords(keywordsZh), designedEmotion,
				designedPeak, endMoment, rows)
			.toTouchpoint();
	}

	/** One service standard row of the form. */
	public static class StandardRow {

		private Long id;

		private String name;

		private String measure;

		private String unit;

		private BigDecimal target;

		private String direction = "AT_MOST";

		private String compliance = "NOT_SET";

		boolean isBlank() {
			return (name == null || name.isBlank()) && target == null && (measure == null || measure.isBlank());
		}

		public Long getId() {
			return id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getMeasure() {
			return measure;
		}

		public void setMeasure(String measure) {
			this.measure = measure;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getTarget() {
			return target;
		}

		public void setTarget(BigDecimal target) {
			this.target = target;
		}

		public String getDirection() {
			return direction;
		}

		public void setDirection(String direction) {
			this.direction = direction;
		}

		public String getCompliance() {
			return compliance;
		}

		public void setCompliance(String compliance) {
			this.compliance = compliance;
		}

	}

	public Integer getRevision() {
		return revision;
	}

	public void setRevision(Integer revision) {
		this.revision = revision;
	}

	public Long getStageId() {
		return stageId;
	}

	public void setStageId(Long stageId) {
		this.stageId = stageId;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getOwnerTeam() {
		return ownerTeam;
	}

	public void setOwnerTeam(String ownerTeam) {
		this.ownerTeam = ownerTeam;
	}

	public Long getOwnerUserId() {
		return ownerUserId;
	}

	public void setOwnerUserId(Long ownerUserId) {
		this.ownerUserId = ownerUserId;
	}

	public String getKeywordsEn() {
		return keywordsEn;
	}

	public void setKeywordsEn(String keywordsEn) {
		this.keywordsEn = keywordsEn;
	}

	public String getKeywordsZh() {
		return keywordsZh;
	}

	public void setKeywordsZh(String keywordsZh) {
		this.keywordsZh = keywordsZh;
	}

	public int getDesignedEmotion() {
		return designedEmotion;
	}

	public void setDesignedEmotion(int designedEmotion) {
		this.designedEmotion = designedEmotion;
	}

	public boolean isDesignedPeak() {
		return designedPeak;
	}

	public void setDesignedPeak(boolean designedPeak) {
		this.designedPeak = designedPeak;
	}

	public boolean isEndMoment() {
		return endMoment;
	}

	public void setEndMoment(boolean endMoment) {
		this.endMoment = endMoment;
	}

	public List<StandardRow> getStandards() {
		return standards;
	}

	public void setStandards(List<StandardRow> standards) {
		this.standards = standards;
	}

}
