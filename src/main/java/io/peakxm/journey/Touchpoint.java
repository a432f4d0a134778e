package io.peakxm.journey;

import java.util.List;

import io.peakxm.shared.LocalizedText;

/**
 * A moment of truth inside a stage: where the customer meets the service, who owns it,
 * the emotion it is designed to create (−2 … +2), and whether it is a designed peak or
 * the journey's end moment. {@code id} is null until saved and stays the same across
 * versions, so measurements of different versions line up.
 */
public record Touchpoint(Long id, String nameEn, String nameZh, String description, Channel channel, String ownerTeam,
		Long ownerUserId, List<String> keywordsEn, List<String> keywordsZh, int designedEmotion, boolean designedPeak,
		boolean endMoment, List<ServiceStandard> standards) {

	public Touchpoint {
		keywordsEn = keywordsEn == null ? List.of() : List.copyOf(keywordsEn);
		keywordsZh = keywordsZh == null ? List.of() : List.copyOf(keywordsZh);
		standards = standards == null ? List.of() : List.copyOf(standards);
		channel = channel == null ? Channel.OTHER : channel;
	}

	/** The name in both languages, for the edge to show in the reader's. */
	public LocalizedText name() {
		return new LocalizedText(nameEn, nameZh);
	}

	public Touchpoint withId(Long newId) {
		return new Touchpoint(newId, nameEn, nameZh, description, channel, ownerTeam, ownerUserId, keywordsEn,
				keywordsZh, designedEmotion, designedPeak, endMoment, standards);
	}

	public Touchpoint withStandards(List<ServiceStandard> newStandards) {
		return new Touchpoint(id, nameEn, nameZh, description, channel, ownerTeam, ownerUserId, keywordsEn, keywordsZh,
				designedEmotion, designedPeak, endMoment, newStandards);
	}

	/**
	 * The same touchpoint owned by a person of the workspace (a frontline agent sees the
	 * journeys they own in).
	 */
	public Touchpoint withOwnerUser(Long userId) {
		return new Touchpoint(id, nameEn, nameZh, description, channel, ownerTeam, userId, keywordsEn, keywordsZh,
				designedEmotion, designedPeak, endMoment, standards);
	}

	public Touchpoint withEndMoment(boolean end) {
		return new Touchpoint(id, nameEn, nameZh, description, channel, ownerTeam, ownerUserId, keywordsEn, keywordsZh,
				designedEmotion, designedPeak, end, standards);
	}

	/** The same touchpoint looked for in feedback by other keywords. */
	public Touchpoint withKeywords(List<String> newKeywordsEn, List<String> newKeywordsZh) {
		return new Touchpoint(id, nameEn, nameZh, description, channel, ownerTeam, ownerUserId, newKeywordsEn,
				newKeywordsZh, designedEmotion, designedPeak, endMoment, standards);
	}

}
