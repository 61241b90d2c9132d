#pragma once

// Indexes that behave like the vendors' servers, made of real nginx instances over a folder a
// WheelIndex wrote (ROOT/simple/NAME/index.html, ROOT/files/*):
// - Nexus: every page and every file wants Basic credentials (401 with WWW-Authenticate);
// - GitLab: the index lives under /api/v4/projects/7/packages/pypi/ and an anonymous or wrong
//   request gets 404, as GitLab answers for a private project;
// - CodeArtifact: pages and files want the token (401 without, 404 for a wrong one); a file
//   request is redirected to a pre-signed URL on another host (the storage), which refuses any
//   request that also carries an Authorization header (400, as S3 does);
// - Artifactory: anonymous requests get a partial listing (the newest versions missing), files
//   want credentials.
// Every server logs each request's path, status and whether Authorization came with it.

#include "common/nginxserver.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <memory>

namespace TestSupport {

class VendorIndex
{
public:
    enum class Profile { Nexus, GitLab, CodeArtifact, Artifactory };

    static QString nameOf(Profile p)
    {
        switch (p) {
        case Profile::Nexus:
            return QStringLiteral("nexus");
        case Profile::GitLab:
            return QStringLiteral("gitlab");
        case Profile::CodeArtifact:
            return QStringLiteral("codeartifact");
        case Profile::Artifactory:
            return QStringLiteral("artifactory");
        }
        return {};
    }

    /**
     * `root` as a WheelIndex wrote it; `hidden` names file-name fragments that anonymous
     * Artifactory listings leave out. Credentials `user` / `password` are the only ones taken.
     */
    VendorIndex(Profile profile, QString root, QString user, QString password,
                QStringList hidden = {})
        : m_profile(profile)
        , m_root(std::move(root))
        , m_user(std::move(user))
        , m_password(std::move(password))
        , m_hidden(std::move(hidden))
    {}

    bool start()
    {
        writeRootListing(m_root + QStringLiteral("/simple"));
        const QString good
            = QStringLiteral("Basic ")
              + QString::fromLatin1((m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
        const QString challenge
            = QStringLiteral("add_header WWW-Authenticate 'Basic realm=\"%1\"' always;\n")
                  .arg(nameOf(m_profile));
        QString config;
        switch (m_profile) {
        case Profile::Nexus:
            config = challenge
                     + QStringLiteral(
                           "location / { if ($http_authorization != \"%1\") { return 401; } }\n")
                           .arg(good);
            break;
        case Profile::GitLab:
            config = QStringLiteral("location /api/v4/projects/7/packages/pypi/ {\n"
                                    "  if ($http_authorization != \"%1\") { return 404; }\n"
                                    "  alias %2/;\n}\n")
                         .arg(good, m_root);
            break;
        case Profile::CodeArtifact: {
            m_storage = std::make_unique<NginxServer>(NginxServer::Options{
                .root = m_root,
                .extraServerConfig = QStringLiteral("location /bucket/ { if ($http_authorization "
                                                    "!= \"\") { return 400; } alias %1/files/; }")
                                         .arg(m_root)});
            if (!m_storage->start()) {
                m_error = m_storage->errorText();
                return false;
            }
            const QString token
                = QStringLiteral("if ($http_authorization = \"\") { return 401; }\n"
                                 "  if ($http_authorization != \"%1\") { return 404; }\n")
                      .arg(good);
            config = challenge
                     + QStringLiteral(
                           "location /simple/ {\n  %1}\n"
                           "location ~ ^/files/(.+)$ {\n  %1"
                           "  return 302 %2/bucket/$1?X-Amz-Signature=0123456789abcdef;\n}\n")
                           .arg(token, m_storage->baseUrl());
            break;
        }
        case Profile::Artifactory: {
            const QString partial = m_root + QStringLiteral("-anonymous");
            writePartialCopy(partial);
            config
                = challenge
                  + QStringLiteral(
                        "location /simple/ {\n"
                        "  if ($http_authorization = \"%1\") { rewrite ^/simple/(.*)$ /full/$1 "
                        "last; }\n"
                        "  if ($http_authorization != \"\") { return 401; }\n"
                        "  rewrite ^/simple/(.*)$ /partial/$1 last;\n}\n"
                        "location /full/ { internal; alias %2/simple/; }\n"
                        "location /partial/ { internal; alias %3/simple/; }\n"
                        "location /files/ { if ($http_authorization != \"%1\") { return 401; } }\n")
                        .arg(good, m_root, partial);
            break;
        }
        }
        m_server = std::make_unique<NginxServer>(
            NginxServer::Options{.root = m_root, .extraServerConfig = config});
        if (!m_server->start()) {
            m_error = m_server->errorText();
            return false;
        }
        return true;
    }

    /** The index URL a project names (without credentials). */
    QString indexUrl() const
    {
        return m_server->baseUrl()
               + (m_profile == Profile::GitLab
                      ? QStringLiteral("/api/v4/projects/7/packages/pypi/simple")
                      : QStringLiteral("/simple"));
    }

    QString errorText() const { return m_error; }
    /** The index host's requests: "METHOD PATH STATUS auth=VALUE" a line. */
    QString accessLog() const { return m_server ? m_server->accessLog() : QString(); }
    /** The storage host's requests (CodeArtifact only). */
    QString storageLog() const { return m_storage ? m_storage->accessLog() : QString(); }
    bool hasStorage() const { return bool(m_storage); }

private:
    // A root listing (PEP 503 /simple/) of the projects in `simple`.
    static void writeRootListing(const QString &simple)
    {
        QFile index(simple + QStringLiteral("/index.html"));
        if (!index.open(QIODevice::WriteOnly))
            return;
        index.write("<html><body>\n");
        for (const QString &project : QDir(simple).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            index.write("<a href=\"" + project.toUtf8() + "/\">" + project.toUtf8() + "</a>\n");
        index.write("</body></html>\n");
    }

    // The pages without the lines that name a hidden file.
    void writePartialCopy(const QString &partial) const
    {
        const QString simple = m_root + QStringLiteral("/simple");
        for (const QString &project : QDir(simple).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QDir().mkpath(partial + QStringLiteral("/simple/") + project);
            QFile in(simple + QLatin1Char('/') + project + QStringLiteral("/index.html"));
            QFile out(partial + QStringLiteral("/simple/") + project
                      + QStringLiteral("/index.html"));
            if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
                continue;
            for (const QByteArray &line : in.readAll().split('\n')) {
                bool hidden = false;
                for (const QString &h : m_hidden)
                    hidden = hidden || line.contains(h.toUtf8());
                if (!hidden && !line.isEmpty())
                    out.write(line + '\n');
            }
        }
        QFile::copy(simple + QStringLiteral("/index.html"),
                    partial + QStringLiteral("/simple/index.html"));
    }

    Profile m_profile;
    QString m_root;
    QString m_user;
    QString m_password;
    QStringList m_hidden;
    std::unique_ptr<NginxServer> m_server;
    std::unique_ptr<NginxServer> m_storage;
    QString m_error;
};

} // namespace TestSupport
