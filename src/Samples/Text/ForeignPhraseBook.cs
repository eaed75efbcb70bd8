namespace Reporting.Samples;

/// <summary>Phrases in German, Spanish, French, Japanese and Portuguese.</summary>
internal static class ForeignPhraseBook
{
    private static readonly ForeignPhrases German = new(
        "de",
        ["Hallo zusammen,", "Guten Tag,", "Hallo Support-Team,", "Moin,", "Sehr geehrte Damen und Herren,"],
        ["Problem mit {area}", "Fehler in {area}: {code}", "{area} funktioniert nicht", "Dringend: Fehler bei {noun}", "AW: {area} geht nicht"],
        ["seit dem letzten Update haben wir ein Problem mit {noun} ({area}).", "seit heute Morgen funktioniert {area} bei uns nicht mehr richtig.", "bei uns tritt beim Arbeiten mit {noun} ständig ein Fehler auf. Betroffen sind mehrere Kollegen."],
        ["Fehlermeldung: {message}", "Es erscheint der Fehler {code}.", "Die Meldung lautet: \"{message}\""],
        ["Frage zu {area}", "Wie funktioniert {noun}?", "Kurze Frage: {noun}"],
        ["wie können wir in {area} {noun} einrichten? In der Doku haben wir nichts gefunden.", "gibt es eine Möglichkeit, {noun} für mehrere Benutzer gleichzeitig zu ändern?"],
        ["Verbesserungsvorschlag: {noun}", "Wunsch: {wish} für {noun}"],
        ["es wäre super, wenn man {noun} auch per API ändern könnte.", "unsere Buchhaltung wünscht sich {wish} in {area}."],
        ["Bitte {noun} anpassen", "Änderung unserer Daten ({area})"],
        ["bitte ändern Sie {noun} für unseren Account. Danke!", "könnten Sie uns bei {noun} helfen? Unser Admin ist im Urlaub."],
        ["{area} nicht erreichbar!", "Störung bei {area}?"],
        ["{area} ist seit ca. 20 Minuten nicht erreichbar. Bitte dringend prüfen!", "Niemand bei uns kann {area} öffnen. Ist das eine Störung?"],
        ["Viele Grüße", "Mit freundlichen Grüßen", "Danke und Gruß", "VG"]);

    private static readonly ForeignPhrases Spanish = new(
        "es",
        ["Hola,", "Buenos días,", "Estimado equipo de soporte,"],
        ["Problema con {area}", "Error {code} en {area}", "{area} no funciona", "Urgente: fallo en {noun}"],
        ["desde la última actualización tenemos un problema con {noun} ({area}).", "no podemos usar {area} desde esta mañana.", "varios compañeros tienen errores al trabajar con {noun}."],
        ["Mensaje de error: {message}", "Aparece el error {code}.", "El mensaje dice: \"{message}\""],
        ["Pregunta sobre {area}", "¿Cómo configurar {noun}?"],
        ["¿cómo podemos configurar {noun} en {area}? No encontramos nada en la documentación.", "¿es posible cambiar {noun} para varios usuarios a la vez?"],
        ["Sugerencia: {noun}", "Nos gustaría tener {wish}"],
        ["sería genial poder gestionar {noun} desde la API.", "nuestro equipo necesita {wish} en {area}."],
        ["Cambio en {noun}", "Solicitud de cambio ({area})"],
        ["por favor, cambien {noun} en nuestra cuenta. ¡Gracias!", "¿nos pueden ayudar con {noun}? Nuestro administrador está de vacaciones."],
        ["¡{area} caído!", "¿Incidencia en {area}?"],
        ["{area} no responde desde hace 15 minutos. ¡Es urgente!", "Nadie puede entrar en {area}. ¿Hay una incidencia?"],
        ["Saludos", "Un saludo", "Gracias de antemano"]);

    private static readonly ForeignPhrases French = new(
        "fr",
        ["Bonjour,", "Bonjour à toute l'équipe,", "Madame, Monsieur,"],
        ["Problème avec {area}", "Erreur {code} dans {area}", "{area} ne fonctionne plus", "Urgent : souci avec {noun}"],
        ["depuis la dernière mise à jour, nous avons un problème avec {noun} ({area}).", "impossible d'utiliser {area} depuis ce matin.", "plusieurs collègues rencontrent une erreur en travaillant avec {noun}."],
        ["Message d'erreur : {message}", "L'erreur {code} s'affiche.", "Le message est : « {message} »"],
        ["Question sur {area}", "Comment configurer {noun} ?"],
        ["comment pouvons-nous configurer {noun} dans {area} ? Nous n'avons rien trouvé dans la documentation.", "est-il possible de modifier {noun} pour plusieurs utilisateurs à la fois ?"],
        ["Suggestion : {noun}", "Demande d'évolution : {wish}"],
        ["ce serait très pratique de pouvoir gérer {noun} via l'API.", "notre équipe aimerait avoir {wish} dans {area}."],
        ["Modification de {noun}", "Demande de changement ({area})"],
        ["merci de modifier {noun} sur notre compte.", "pourriez-vous nous aider avec {noun} ? Notre administrateur est en congés."],
        ["{area} inaccessible !", "Panne sur {area} ?"],
        ["{area} est inaccessible depuis 15 minutes. C'est urgent !", "Personne chez nous ne peut ouvrir {area}. S'agit-il d'une panne ?"],
        ["Cordialement", "Bien à vous", "Merci d'avance"]);

    private static readonly ForeignPhrases Japanese = new(
        "ja",
        ["お世話になっております。", "いつもお世話になっております。", "サポートご担当者様"],
        ["{area}のエラーについて", "【至急】{area}で{code}エラー", "{area}が動作しません", "{noun}の不具合について"],
        ["前回のアップデート以降、{area}（{noun}）で問題が発生しています。", "本日朝から{area}が使えない状態です。", "複数のユーザーで{noun}のエラーが発生しております。"],
        ["エラーメッセージ: {message}", "エラーコード {code} が表示されます。", "「{message}」と表示されます。"],
        ["{area}の設定について", "{noun}の設定方法を教えてください"],
        ["{area}で{noun}を設定する方法を教えていただけますでしょうか。ドキュメントには記載が見つかりませんでした。", "{noun}を複数ユーザーに一括で設定することは可能でしょうか。"],
        ["機能追加のご要望: {noun}", "ご要望: {wish}"],
        ["{noun}をAPIから操作できるようにしていただけると助かります。", "{area}に{wish}があると大変助かります。"],
        ["{noun}の変更依頼", "設定変更のお願い（{area}）"],
        ["弊社アカウントの{noun}を変更していただけますでしょうか。", "{noun}についてご対応をお願いできますでしょうか。"],
        ["【緊急】{area}に接続できません", "{area}の障害でしょうか"],
        ["15分ほど前から{area}に接続できません。至急ご確認ください。", "社内の全員が{area}を開けない状態です。障害が発生していますか。"],
        ["よろしくお願いいたします。", "何卒よろしくお願い申し上げます。"]);

    private static readonly ForeignPhrases Portuguese = new(
        "pt",
        ["Olá,", "Bom dia,", "Prezados,"],
        ["Problema com {area}", "Erro {code} em {area}", "{area} não funciona", "Urgente: falha em {noun}"],
        ["desde a última atualização estamos com problema em {noun} ({area}).", "não conseguimos usar {area} desde hoje de manhã.", "vários colegas têm erro ao usar {noun}."],
        ["Mensagem de erro: {message}", "Aparece o erro {code}.", "A mensagem diz: \"{message}\""],
        ["Dúvida sobre {area}", "Como configurar {noun}?"],
        ["como podemos configurar {noun} em {area}? Não encontramos nada na documentação.", "é possível alterar {noun} para vários usuários de uma vez?"],
        ["Sugestão: {noun}", "Gostaríamos de ter {wish}"],
        ["seria ótimo poder gerenciar {noun} pela API.", "nossa equipe precisa de {wish} em {area}."],
        ["Alteração de {noun}", "Pedido de alteração ({area})"],
        ["por favor, alterem {noun} da nossa conta. Obrigado!", "podem nos ajudar com {noun}? Nosso administrador está de férias."],
        ["{area} fora do ar!", "Instabilidade em {area}?"],
        ["{area} está fora do ar há 15 minutos. É urgente!", "Ninguém aqui consegue abrir {area}. Existe alguma instabilidade?"],
        ["Abraços", "Atenciosamente", "Obrigado desde já"]);

    public static ForeignPhrases? For(string language) => language switch
    {
        "de" => German,
        "es" => Spanish,
        "fr" => French,
        "ja" => Japanese,
        "pt" => Portuguese,
        _ => null,
    };
}
