package io.contactbook.adapter.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How the jsonb columns (metadata, custom attributes, channels) are written and read: with a plain ObjectMapper
 * of this adapter's own. The application's ObjectMapper is tuned for HTTP by the REST adapter, and what is
 * stored must not change when that tuning does.
 */
@JsonFormat
@PersistenceUnitExtension
@ApplicationScoped
public class StoredJsonFormat implements FormatMapper {

    private final FormatMapper jackson = new JacksonJsonFormatMapper(new ObjectMapper());

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return jackson.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return jackson.toString(value, type, options);
    }
}
