package vn.greenzone.identity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.internal.ApiTokens;
import vn.greenzone.identity.internal.SignInService;
import vn.greenzone.identity.internal.SignOuts;

/** Phone sign-in for apps and devices: ask for a code, trade it for a bearer token; sign out again. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in")
class AuthApiController {

    record CodeRequest(@NotBlank String phone) {
    }

    record CodeResponse(String phone, Instant expiresAt) {
    }

    record TokenRequest(@NotBlank String phone, @NotBlank String code) {
    }

    record TokenResponse(String token, String tokenType, Instant expiresAt, long personId) {
    }

    private final SignInService signIn;
    private final ApiTokens tokens;
    private final SignOuts signOuts;
    private final AccessControl access;

    AuthApiController(SignInService signIn, ApiTokens tokens, SignOuts signOuts, AccessControl access) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.signOuts = signOuts;
        this.access = access;
    }

    @PostMapping("/code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a six-digit sign-in code by SMS", description = "The code expires after 5 minutes. "
            + "Numbers are normalised: 0912345678, 84912345678 and +84912345678 are one number.")
    CodeResponse code(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        var sent = signIn.requestCode(body.phone(), request.getRemoteAddr());
        return new CodeResponse(sent.phone().international(), sent.expiresAt());
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange the code for a bearer token", description = "Five wrong codes lock the number for 15 minutes.")
    TokenResponse token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        var person = signIn.verify(body.phone(), body.code(), request.getRemoteAddr());
        var issued = tokens.issue(person.personId());
        return new TokenResponse(issued.token(), "Bearer", issued.expiresAt(), person.personId());
    }

    @DeleteMapping("/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: the bearer token of this request stops working at once")
    void signOut(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        ApiTokens.fromHeader(authorization).ifPresent(tokens::revoke);
    }

    @DeleteMapping("/tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out everywhere: every token of mine and every browser session I have end at once",
            description = "For a lost phone: sign in on another device and call this.")
    void signOutEverywhere() {
        signOuts.everywhere(access.current().personId());
    }
}
