package vn.greenzone.identity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.greenzone.identity.internal.ApiTokens;
import vn.greenzone.identity.internal.SignInService;

/** Phone sign-in for apps and devices: ask for a code, then trade it for a bearer token. */
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

    AuthApiController(SignInService signIn, ApiTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
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
}
