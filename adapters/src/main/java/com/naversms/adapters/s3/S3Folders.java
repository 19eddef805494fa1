package com.naversms.adapters.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The three S3 REST calls the product makes: list a folder (ListObjectsV2), read an object
 * (GetObject), write one (PutObject), signed with SigV4 ({@link S3Signer}) by the SDK's credentials
 * (in Lambda: the function role's). Not the SDK's S3 client: its 4.7 MB put the cycle function's
 * package over its 20 MB bar ({@code LeanArtifactTest}) for three calls. Failures are {@link
 * S3Failure}s naming the bucket and key and S3's error code, never the credentials.
 *
 * <p>Real S3 is addressed virtual-host style ({@code https://BUCKET.s3.REGION.amazonaws.com/KEY});
 * an S3-compatible endpoint ({@code AWS_ENDPOINT_URL_S3}) path-style ({@code ENDPOINT/BUCKET/KEY}).
 */
public final class S3Folders implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private final S3Settings settings;
  private final AwsCredentialsProvider credentials;
  private final HttpClient http;
  private final Clock clock = Clock.systemUTC();

  /** The SDK's default credentials (in Lambda: the function role's). */
  public S3Folders(S3Settings settings) {
    this(settings, DefaultCredentialsProvider.builder().build());
  }

  public S3Folders(S3Settings settings, AwsCredentialsProvider credentials) {
    this.settings = settings;
    this.credentials = credentials;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** An object directly in a folder: its name (the key without the folder's prefix) and ETag. */
  public record Entry(String name, String key, String etag, long size) {}

  /** The objects directly in {@code folder} (not in its sub-folders), in key order. */
  public List<Entry> list(S3Location folder) {
    List<Entry> entries = new ArrayList<>();
    String token = null;
    do {
      String query =
          "list-type=2&prefix="
              + S3Signer.encode(folder.prefix(), false)
              + (token == null ? "" : "&continuation-token=" + S3Signer.encode(token, false));
      byte[] body = call("GET", folder.bucket(), "", query, new byte[0], null, folder.toString());
      Document xml = parse(body, folder.toString());
      NodeList contents = xml.getElementsByTagName("Contents");
      for (int i = 0; i < contents.getLength(); i++) {
        Element c = (Element) contents.item(i);
        String key = text(c, "Key");
        String name = key.substring(Math.min(folder.prefix().length(), key.length()));
        if (key.startsWith(folder.prefix()) && !name.isEmpty() && !name.contains("/")) {
          entries.add(new Entry(name, key, text(c, "ETag"), Long.parseLong(text(c, "Size"))));
        }
      }
      token =
          "true".equals(text(xml.getDocumentElement(), "IsTruncated"))
              ? text(xml.getDocumentElement(), "NextContinuationToken")
              : null;
    } while (token != null && !token.isEmpty());
    return entries;
  }

  /** The bytes of {@code key} in {@code bucket}. */
  public byte[] get(String bucket, String key) {
    return call("GET", bucket, key, null, new byte[0], null, uri(bucket, key));
  }

  /** Writes {@code bytes} as {@code key}; returns the object's ETag. */
  public String put(String bucket, String key, byte[] bytes, String contentType) {
    HttpResponse<byte[]> r =
        exchange("PUT", bucket, key, null, bytes, contentType, uri(bucket, key));
    return r.headers().firstValue("ETag").orElse("");
  }

  /** The URI of an object, as log lines and alerts name it. */
  public static String uri(String bucket, String key) {
    return "s3://" + bucket + "/" + key;
  }

  @Override
  public void close() {
    http.close();
  }

  private byte[] call(
      String method,
      String bucket,
      String key,
      String query,
      byte[] body,
      String contentType,
      String what) {
    return exchange(method, bucket, key, query, body, contentType, what).body();
  }

  private HttpResponse<byte[]> exchange(
      String method,
      String bucket,
      String key,
      String query,
      byte[] body,
      String contentType,
      String what) {
    String verb =
        method.equals("PUT") ? "write " : method.equals("GET") && query != null ? "list " : "read ";
    URI target = target(bucket, key, query);
    try {
      Map<String, String> signed =
          S3Signer.sign(
              method,
              target,
              body,
              settings.region(),
              credentials.resolveCredentials(),
              clock.instant());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(target)
              .timeout(TIMEOUT)
              .method(
                  method,
                  body.length == 0 && !method.equals("PUT")
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofByteArray(body));
      signed.forEach(request::header);
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() / 100 != 2) {
        throw new S3Failure(
            "cannot " + verb + what + ": " + r.statusCode() + " " + error(r.body()), null);
      }
      return r;
    } catch (IOException e) {
      throw new S3Failure("cannot " + verb + what + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new S3Failure("cannot " + verb + what + ": interrupted", e);
    } catch (RuntimeException e) {
      if (e instanceof S3Failure f) {
        throw f;
      }
      // no credentials, a bad endpoint: the message names the cause, never a secret
      throw new S3Failure("cannot " + verb + what + ": " + e.getMessage(), e);
    }
  }

  private URI target(String bucket, String key, String query) {
    String path = "/" + S3Signer.encode(key, true);
    String q = query == null ? "" : "?" + query;
    if (settings.endpoint().isPresent()) {
      String base = settings.endpoint().get().toString().replaceAll("/+$", "");
      return URI.create(base + "/" + S3Signer.encode(bucket, false) + path + q);
    }
    return URI.create(
        "https://" + bucket + ".s3." + settings.region() + ".amazonaws.com" + path + q);
  }

  /** S3's error code and message, from its XML error body. */
  private static String error(byte[] body) {
    try {
      Element root = parse(body, "").getDocumentElement();
      return text(root, "Code") + ": " + text(root, "Message");
    } catch (S3Failure e) {
      return "(no S3 error body)";
    }
  }

  private static Document parse(byte[] body, String what) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setNamespaceAware(false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new S3Failure("unreadable S3 answer for " + what + ": " + e.getMessage(), e);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
  }

  /** An S3 call failed: the message names the bucket and key. */
  public static final class S3Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public S3Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
