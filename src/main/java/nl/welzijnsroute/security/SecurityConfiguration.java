package nl.welzijnsroute.security;

import static org.springframework.http.HttpMethod.POST;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three walls. /engine-rest and the Camunda webapps are for coordinators and administrators only (coaches and
 * huisartsen work in the app's own pages), because Camunda 7.24 gets no public security fixes any more.
 * Matchers are PathPatternRequestMatchers: plain string matchers do not match the Jersey servlets.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(Roles.COORDINATOR, Roles.ADMIN))
                .httpBasic(basic -> basic.realmName("Welzijnsroute"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic carries no ambient credentials for a forged request to ride on.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new ExpressionGuardFilter(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests
                        // CVE-2026-77226: the first-run setup must never be reachable.
                        .requestMatchers(PATHS.matcher("/camunda/api/admin/setup/**")).denyAll()
                        // One login: the webapp's own login form would bypass the app's.
                        .requestMatchers(PATHS.matcher(POST, "/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        .anyRequest().hasAnyRole(Roles.COORDINATOR, Roles.ADMIN))
                // The webapps check their own X-XSRF-TOKEN; Spring's token would break them.
                .csrf(csrf -> csrf.disable())
                // Camunda's logout button only forgets Camunda's session entry: end the whole session.
                .logout(logout -> logout
                        .logoutRequestMatcher(PATHS.matcher(POST, "/camunda/api/admin/auth/user/*/logout"))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK)))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                PATHS.matcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .addFilterAfter(new ExpressionGuardFilter(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain appChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
                        .permitAll()
                        // Residents ask for a verkennend gesprek themselves, without an account.
                        .requestMatchers("/aanmelden", "/aanmelden/**").permitAll()
                        .requestMatchers("/verwijzen", "/verwijzen/**", "/verwijzingen", "/verwijzingen/**",
                                "/api/referrals", "/api/referrals/**").hasAnyRole(Roles.HUISARTS, Roles.VERWIJZER)
                        .requestMatchers("/werkvoorraad", "/taken/**")
                        .hasAnyRole(Roles.COACH, Roles.COORDINATOR)
                        // Beheer: coordinators change flows, decisions, forms and teams (and admins, technically).
                        .requestMatchers("/beheer", "/beheer/**", "/api/beheer", "/api/beheer/**")
                        .hasAnyRole(Roles.COORDINATOR, Roles.ADMIN)
                        // The sociale kaart: coaches search it, coordinators keep it (the controller checks who edits).
                        .requestMatchers("/hulpbronnen", "/hulpbronnen/**")
                        .hasAnyRole(Roles.COACH, Roles.COORDINATOR)
                        // Facilitators answer the handovers to their own hulpbronnen.
                        .requestMatchers("/overdrachten", "/overdrachten/**").hasRole(Roles.BEGELEIDER)
                        // An ervaringsdeskundige reads the cases they are invited to (CaseworkAccess decides which).
                        .requestMatchers("/casussen/**")
                        .hasAnyRole(Roles.COACH, Roles.COORDINATOR, Roles.ERVARINGSDESKUNDIGE)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + (exception instanceof LockedException
                                        ? "/login?throttled" : "/login?error"))))
                // Practice systems call /api with HTTP Basic; people use the session.
                .httpBasic(basic -> basic.realmName("Welzijnsroute"))
                // A page without login goes to the login page, whatever the client accepts; the API answers 401.
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(appEntryPoint()))
                // A Basic-authenticated API call carries no ambient credential a forged page could ride on;
                // the same API from a logged-in browser session still needs the CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getRequestURI().startsWith("/api/")
                        && request.getHeader("Authorization") != null))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    private static AuthenticationEntryPoint appEntryPoint() {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName("Welzijnsroute");
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(PATHS.matcher("/api/**"), basic);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    /** Runs right after Spring Security's chain (order -100), when the login is known. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthenticationFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityCamundaAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** Makes the engine check its authorizations for /engine-rest calls, as the logged-in user. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityCamundaAuthenticationProvider.class.getName(),
                ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "/engine-rest"));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
