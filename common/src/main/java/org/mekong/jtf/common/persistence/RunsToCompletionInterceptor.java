package org.mekong.jtf.common.persistence;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * {@link RunsToCompletion}: the operation's {@code Uni} is subscribed on its own, so cancelling the
 * one handed to the caller (a client gone) does not cancel the work mid-transaction. Runs before
 * (outside) the session and transaction interceptors, whose priority is 200.
 */
@RunsToCompletion
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RunsToCompletionInterceptor {

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (!(result instanceof Uni<?> operation)) {
            return result;
        }
        return Uni.createFrom().emitter(emitter -> operation.subscribe().with(emitter::complete, emitter::fail));
    }
}
