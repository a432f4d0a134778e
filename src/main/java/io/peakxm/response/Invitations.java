package io.peakxm.response;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import io.peakxm.shared.files.FileEncoding;
import io.peakxm.shared.files.ImportFiles;
import io.peakxm.response.internal.InvitationStore;
import io.peakxm.shared.files.UploadedText;
import io.peakxm.shared.ConflictException;
import io.peakxm.shared.FieldViolation;
import io.peakxm.shared.InvalidInputException;
import io.peakxm.shared.Languages;
import io.peakxm.shared.PageRequest;
import io.peakxm.shared.PageSlice;
import io.peakxm.shared.RandomTokens;
import io.peakxm.survey.Question;
import io.peakxm.survey.Survey;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.Actor;
import io.peakxm.workspace.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail invitations: recipients are added from a CSV/XLSX file or the API (checked as a
 * whole, all or nothing), each gets a single-use link; {@code InvitationMailer} sends
 * them and the reminders. A response through an invitation link claims its token in the
 * response's own transaction, so one link yields one response, also when it is sent twice
 * at the same moment. Unsubscribed addresses get nothing more from the workspace.
 */
@Service
public class Invitations {

	/** Most recipients per upload. */
	public static final int MAX_RECIPIENTS = 10_000;

	/** Most reminders per invitation, and the longest wait before one. */
	public static final int MAX_REMINDERS = 3;

	public static final int MAX_REMIND_AFTER_DAYS = 60;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$");

	private static final int MAX_ERRORS = 200;

	private final InvitationStore store;

	private final Surveys surveys;

	private final ResponseRecorder recorder;

	private final AuditLog audit;

	private final Clock clock;

	Invitations(InvitationStore store, Surveys surveys, ResponseRecorder recorder, AuditLog audit, Clock clock) {
		this.store = store;
		this.surveys = surveys;
		this.recorder = recorder;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Reads recipients from a file with a header row: {@code email} (required),
	 * {@code name}, {@code language} ({@code en} or {@code zh-CN}) and one column per
	 * hidden field of the survey. Any other column is an error. A CSV file is read in
	 * {@code encoding} (AUTO: detected).
	 */
	@Transactional
	public InvitationUpload upload(Actor actor, long surveyId, String fileName, byte[] content, FileEncoding encoding,
			int remindAfterDays, int maxReminders) {
		Survey survey = surveys.get(actor, surveyId);
		ImportFiles.Rows rows = ImportFiles.open(fileName, content, encoding, MAX_RECIPIENTS);
		List<String> header = rows.header().stream().map(String::trim).toList();
		Set<String> hidden = hiddenKeys(survey);
		List<FieldViolation> errors = new ArrayList<>();
		int emailColumn = -1;
		for (int c = 0; c < header.size(); c++) {
			String column = header.get(c);
			String lower = column.toLowerCase(Locale.ROOT);
			if (lower.equals("email") || lower.equals("e-mail")) {
				emailColumn = c;
			}
			else if (!lower.equals("name") && !lower.equals("language") && !hidden.contains(column)
					&& !column.isEmpty()) {
				errors.add(FieldViolation.of("file", "invitations.columnUnknown", column, String.join(", ", hidden)));
			}
		}
		if (emailColumn < 0) {
			errors.add(FieldViolation.of("file", "invitations.emailColumnMissing"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<Recipient> recipients = new ArrayList<>();
		List<String> places = new ArrayList<>();
		rows.forEach((row, values) -> {
			String email = null;
			String name = null;
			String language = null;
			Map<String, String> fields = new LinkedHashMap<>();
			for (int c = 0; c < header.size(); c++) {
				String value = values.get(c).trim();
				switch (header.get(c).toLowerCase(Locale.ROOT)) {
					case "email", "e-mail" -> email = value;
					case "name" -> name = value;
					case "language" -> language = value;
					default -> {
						if (!value.isEmpty() && !header.get(c).isEmpty()) {
							fields.put(header.get(c), value);
						}
					}
				}
			}
			recipients.add(new Recipient(email, name, language, fields));
			places.add("row " + row);
		}, problem -> {
			if (errors.size() < MAX_ERRORS) {
				errors.add(problem);
			}
		});
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		UploadedText.Decoded read = rows.encoding();
		InvitationUpload result = add(actor, survey, recipients, remindAfterDays, maxReminders, places::get, fileName);
		return new InvitationUpload(result.created(), result.alreadyInvited(), result.unsubscribed(),
				read == null ? null : read.encoding().label());
	}

	/** Adds recipients given through the API; errors name {@code recipients[i].field}. */
	@Transactional
	public InvitationUpload add(Actor actor, long surveyId, List<Recipient> recipients, int remindAfterDays,
			int maxReminders) {
		if (recipients == null || recipients.isEmpty()) {
			throw InvalidInputException.of("recipients", "validation.required");
		}
		if (recipients.size() > MAX_RECIPIENTS) {
			throw InvalidInputException.of("recipients", "invitations.tooMany", MAX_RECIPIENTS);
		}
		return add(actor, surveys.get(actor, surveyId), recipients, remindAfterDays, maxReminders,
				i -> "recipients[" + i + "]", "API");
	}

	/**
	 * Checks and adds recipients; {@code place} names the i-th one in problems ("row 7",
	 * "recipients[6]").
	 */
	private InvitationUpload add(Actor actor, Survey survey, List<Recipient> recipients, int remindAfterDays,
			int maxReminders, IntFunction<String> place, String source) {
		List<FieldViolation> errors = new ArrayList<>();
		if (remindAfterDays < 0 || remindAfterDays > MAX_REMIND_AFTER_DAYS) {
			errors.add(FieldViolation.of("remindAfterDays", "validation.range", 0, MAX_REMIND_AFTER_DAYS));
		}
		if (maxReminders < 0 || maxReminders > MAX_REMINDERS) {
			errors.add(FieldViolation.of("maxReminders", "validation.range", 0, MAX_REMINDERS));
		}
		Set<String> hidden = hiddenKeys(survey);
		Map<String, String> seen = new HashMap<>();
		List<InvitationStore.NewInvitation> rows = new ArrayList<>();
		for (int i = 0; i < recipients.size() && errors.size() < MAX_ERRORS; i++) {
			Recipient r = recipients.get(i);
			String at = place.apply(i) + (place.apply(i).endsWith("]") ? "." : ": ");
			String email = r.email() == null ? "" : r.email().trim().toLowerCase(Locale.ROOT);
			if (email.isEmpty()) {
				errors.add(FieldViolation.of(at + "email", "validation.required"));
			}
			else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
				errors.add(FieldViolation.of(at + "email", "invitations.emailInvalid", r.email()));
			}
			else if (seen.putIfAbsent(email, place.apply(i)) != null) {
				errors.add(FieldViolation.of(at + "email", "invitations.duplicate", email, seen.get(email)));
			}
			String name = r.name() == null || r.name().isBlank() ? null : r.name().trim();
			if (name != null && name.length() > 200) {
				errors.add(FieldViolation.of(at + "name", "validation.tooLong", 200));
			}
			String language = "en";
			if (r.language() != null && !r.language().isBlank()) {
				try {
					language = Languages.normalize(r.language().trim());
				}
				catch (InvalidInputException ex) {
					errors.add(FieldViolation.of(at + "language", "invitations.languageInvalid", r.language()));
				}
			}
			for (Map.Entry<String, String> field : r.fields().entrySet()) {
				if (!hidden.contains(field.getKey())) {
					errors.add(FieldViolation.of(at + field.getKey(), "invitations.columnUnknown", field.getKey(),
							String.join(", ", hidden)));
				}
				else if (field.getValue() != null && field.getValue().length() > 200) {
					errors.add(FieldViolation.of(at + field.getKey(), "validation.tooLong", 200));
				}
			}
			rows.add(new InvitationStore.NewInvitation(email, name, language, RandomTokens.urlSafe(24), r.fields()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		if (rows.isEmpty()) {
			// Only a file can come here (the API refuses an empty list first): all its
			// rows were empty.
			throw InvalidInputException.of("file", "invitations.none");
		}
		long workspaceId = survey.workspaceId();
		Set<String> invited = store.invitedEmails(workspaceId, survey.id());
		Set<String> emails = new LinkedHashSet<>();
		rows.forEach(r -> emails.add(r.email()));
		Set<String> suppressed = store.suppressed(workspaceId, emails);
		List<InvitationStore.NewInvitation> fresh = rows.stream()
			.filter(r -> !invited.contains(r.email()) && !suppressed.contains(r.email()))
			.toList();
		store.insertAll(workspaceId, survey.id(), fresh, remindAfterDays, remindAfterDays == 0 ? 0 : maxReminders,
				actor.userId(), clock.instant());
		int alreadyInvited = (int) rows.stream().filter(r -> invited.contains(r.email())).count();
		int unsubscribed = (int) rows.stream()
			.filter(r -> !invited.contains(r.email()) && suppressed.contains(r.email()))
			.count();
		audit.record(ResponseAuditActions.INVITED, "survey " + survey.id(), fresh.size() + " invitations from " + source
				+ " (" + alreadyInvited + " already invited, " + unsubscribed + " unsubscribed)");
		return new InvitationUpload(fresh.size(), alreadyInvited, unsubscribed, null);
	}

	public PageSlice<Invitation> list(Actor actor, long surveyId, PageRequest page) {
		Survey survey = surveys.get(actor, surveyId);
		return store.page(survey.workspaceId(), survey.id(), page);
	}

	public InvitationSummary summary(Actor actor, long surveyId) {
		Survey survey = surveys.get(actor, surveyId);
		return store.summary(survey.workspaceId(), survey.id());
	}

	/** The invitation behind a link token, if it belongs to the survey. */
	public Optional<Invitation> find(Survey survey, String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			return Optional.empty();
		}
		return store.findByToken(token).filter(i -> i.surveyId() == survey.id());
	}

	/**
	 * Records a response through an invitation link. The link's hidden field values win
	 * over the form's, the channel is e-mail, and the token is claimed with the response:
	 * a second response to the same link is refused with
	 * {@code invitation.alreadyAnswered} (a retry of the same submission returns the
	 * first receipt).
	 */
	public Receipt submit(Survey survey, Invitation invitation, Submission submission) {
		Map<String, String> hiddenValues = new HashMap<>(submission.hiddenValues());
		hiddenValues.putAll(invitation.fields());
		Submission viaInvitation = Submission.builder(CollectionChannel.EMAIL, submission.language())
			.touchpoint(submission.touchpointId())
			.customerRef(submission.customerRef() == null ? invitation.email() : submission.customerRef())
			.journeyInstanceKey(submission.journeyInstanceKey())
			.idempotencyKey(submission.idempotencyKey())
			.startedAt(submission.startedAt())
			.answers(submission.answers())
			.hiddenValues(hiddenValues)
			.submittedAt(submission.submittedAt())
			.build();
		return recorder.submit(survey, viaInvitation, (responseId, at) -> {
			if (!store.claim(invitation.token(), responseId, at)) {
				throw new ConflictException("invitation.alreadyAnswered");
			}
		});
	}

	/** The invitation behind a token, whatever its survey (the unsubscribe page). */
	public Optional<Invitation> peek(String token) {
		return token == null || token.length() > 64 ? Optional.empty() : store.findByToken(token);
	}

	/**
	 * Unsubscribes the address of an invitation from all mail of its workspace; empty if
	 * the token is unknown.
	 */
	@Transactional
	public Optional<Invitation> unsubscribe(String token) {
		if (token == null || token.length() > 64) {
			return Optional.empty();
		}
		Optional<Invitation> invitation = store.findByToken(token);
		invitation.ifPresent(i -> {
			Instant now = clock.instant();
			if (store.suppress(i.workspaceId(), i.email(), now)) {
				audit.record(i.workspaceId(), null, "recipient", ResponseAuditActions.UNSUBSCRIBED,
						"survey " + i.surveyId(), "invitation " + i.id());
			}
		});
		return invitation;
	}

	private static Set<String> hiddenKeys(Survey survey) {
		Set<String> keys = new LinkedHashSet<>();
		for (Question q : survey.definition().hiddenFields()) {
			keys.add(q.key());
		}
		return keys;
	}

}
