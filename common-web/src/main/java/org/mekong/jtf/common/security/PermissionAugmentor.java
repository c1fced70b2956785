package org.mekong.jtf.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.security.Permission;
import java.util.HashSet;
import java.util.Set;

/** Grants a verified caller the permissions its roles hold, as the {@link PermissionMap}s say. */
@ApplicationScoped
public class PermissionAugmentor implements SecurityIdentityAugmentor {

    private final Instance<PermissionMap> maps;

    public PermissionAugmentor(Instance<PermissionMap> maps) {
        this.maps = maps;
    }

    /** After the token's shape is checked (TokenShapeAugmentor). */
    @Override
    public int priority() {
        return -100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> granted = granted(identity.getRoles());
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addPermissionChecker((Permission required) -> Uni.createFrom().item(granted.contains(required.getName())))
                .build());
    }

    Set<String> granted(Set<String> roles) {
        Set<String> granted = new HashSet<>();
        for (PermissionMap map : maps) {
            map.rolesByPermission().forEach((permission, holders) -> {
                if (holders.stream().anyMatch(roles::contains)) {
                    granted.add(permission);
                }
            });
        }
        return granted;
    }
}
