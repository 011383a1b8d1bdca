package org.zhifa.identity.web;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.identity.Roles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who is logged in, for the server's own pages: name, posts, and the CSRF token their session requests need. */
@RestController
@Tag(name = "当前用户")
class MeController {

    private final IdentityService identityService;

    MeController(IdentityService identityService) {
        this.identityService = identityService;
    }

    record Post(String id, String name) {
    }

    record Csrf(String header, String token) {
    }

    record Me(String user, String name, List<Post> posts, Csrf csrf) {
    }

    @GetMapping("/api/me")
    @Operation(summary = "当前登录用户、岗位和 CSRF 令牌（以会话调用 /api 时须在请求头中提交）")
    Me me(Authentication authentication, CsrfToken csrf) {
        User user = identityService.createUserQuery().userId(authentication.getName()).singleResult();
        String name = user == null ? authentication.getName()
                : ((user.getLastName() == null ? "" : user.getLastName()) + (user.getFirstName() == null ? ""
                        : user.getFirstName())).strip();
        List<Post> posts = authentication.getAuthorities().stream().map(a -> a.getAuthority())
                .map(id -> new Post(id, Roles.NAMES.getOrDefault(id, id))).toList();
        return new Me(authentication.getName(), name, posts,
                csrf == null ? null : new Csrf(csrf.getHeaderName(), csrf.getToken()));
    }
}
