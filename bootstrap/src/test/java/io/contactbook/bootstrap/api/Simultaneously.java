package io.contactbook.bootstrap.api;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends requests at the same moment, one thread each, released together: the races the tests provoke. */
public final class Simultaneously {

    private Simultaneously() {
    }

    /** The answers to {@code request(0)} … {@code request(count - 1)}, in that order. */
    public static List<Response> send(int count, IntFunction<Response> request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<Response> call = () -> {
                    start.await();
                    return request.apply(n);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
