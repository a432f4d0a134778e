package io.peakxm.response.web;

import java.time.Clock;
import java.util.Locale;

import io.peakxm.response.internal.KioskDevices;
import io.peakxm.shared.RandomTokens;
import io.peakxm.shared.Violations;
import io.peakxm.survey.Surveys;
import io.peakxm.workspace.CurrentActor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Kiosk devices of a survey: create one (its kiosk link is shown once), list, revoke. */
@Controller
@PreAuthorize("hasAuthority('DESIGN_EDIT')")
class KioskController {

	private final KioskDevices devices;

	private final Surveys surveys;

	private final MessageSource messages;

	private final Clock clock;

	KioskController(KioskDevices devices, Surveys surveys, MessageSource messages, Clock clock) {
		this.devices = devices;
		this.surveys = surveys;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/surveys/{id}/kiosks")
	String list(@PathVariable long id, Model model) {
		var actor = CurrentActor.require();
		model.addAttribute("survey", surveys.get(actor, id));
		model.addAttribute("devices", devices.list(actor.requireWorkspace(), id));
		model.addAttribute("now", clock.instant());
		return "kiosks/list";
	}

	@PostMapping("/surveys/{id}/kiosks")
	String create(@PathVariable long id, @RequestParam(required = false) String name, RedirectAttributes redirect,
			Locale locale) {
		var actor = CurrentActor.require();
		var survey = surveys.get(actor, id);
		new Violations().requireText("name", name, 100).throwIfAny();
		String key = RandomTokens.urlSafe(32);
		devices.insert(actor.requireWorkspace(), id, name.trim(), key, clock.instant());
		redirect.addFlashAttribute("success",
				messages.getMessage("kiosks.created", new Object[] { name.trim() }, locale));
		redirect.addFlashAttribute("secret",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/s/{publicId}")
					.queryParam("kiosk", key)
					.buildAndExpand(survey.publicId())
					.toUriString());
		redirect.addFlashAttribute("secretLabel", messages.getMessage("kiosks.linkOnce", null, locale));
		return "redirect:/surveys/" + id + "/kiosks";
	}

	@PostMapping("/surveys/{id}/kiosks/{deviceId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long deviceId, RedirectAttributes redirect, Locale locale) {
		var actor = CurrentActor.require();
		surveys.get(actor, id);
		if (!devices.revoke(actor.requireWorkspace(), deviceId, clock.instant())) {
			throw new io.peakxm.shared.NotFoundException("kiosks.notFound");
		}
		redirect.addFlashAttribute("success", messages.getMessage("kiosks.revoked", null, locale));
		return "redirect:/surveys/" + id + "/kiosks";
	}

}
