package io.peakxm.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.peakxm.workspace.Actor;
import io.peakxm.workspace.CurrentActor;
import io.peakxm.workspace.DemoPreparation;
import io.peakxm.workspace.MembershipView;
import io.peakxm.workspace.Workspaces;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Adds what the page layout needs to every rendered page: who is signed in, their
 * workspaces, the language, whether the demo data is still being prepared. It runs after
 * the handler and only when a view is rendered, so API calls (which render none) and
 * redirects pay nothing for it; attributes the handler set itself (a form's
 * {@code errors}) are kept.
 */
class LayoutInterceptor implements HandlerInterceptor {

	private final Workspaces workspaces;

	private final DemoPreparation demoPreparation;

	LayoutInterceptor(Workspaces workspaces, DemoPreparation demoPreparation) {
		this.workspaces = workspaces;
		this.demoPreparation = demoPreparation;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return;
		}
		Map<String, Object> model = page.getModel();
		model.putIfAbsent("currentPath", request.getServletPath());
		model.putIfAbsent("errors", Map.of());
		model.putIfAbsent("preparingDemo", demoPreparation.inProgress());
		Actor actor = CurrentActor.find().orElse(null);
		model.putIfAbsent("actor", actor);
		model.putIfAbsent("lang",
				LanguageResolver.CHINESE.equals(RequestContextUtils.getLocale(request)) ? "zh-CN" : "en");
		if (!model.containsKey("memberships")) {
			List<MembershipView> memberships = actor == null || actor.isToken() ? List.of()
					: workspaces.membershipsOf(actor.userId(), request);
			model.put("memberships", memberships);
		}
	}

}
