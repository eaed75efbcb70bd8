using System.Globalization;

namespace Reporting.Samples;

/// <summary>The legal disclaimers corporate mail servers append, in the customer's language.</summary>
internal static class EmailFooters
{
    public static string For(Random random, CustomerRegion region, string company)
    {
        var number = random.Next(10_000, 999_999).ToString(CultureInfo.InvariantCulture);
        return region.Code switch
        {
            "DE" => $"--\n{company}\nSitz der Gesellschaft: München · Amtsgericht München HRB {number}\n"
                + "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind "
                + "oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
            "FR" => $"--\n{company} · RCS Paris {number}\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement au destinataire. "
                + "Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer.",
            "ES" or "MX" => $"--\n{company}\nEste mensaje y sus anexos son confidenciales. Si usted no es el destinatario, por favor notifíquelo al remitente "
                + "y elimínelo. Antes de imprimir este correo, piense si es necesario.",
            "JP" => $"--\n{company}\n本メールは機密情報を含む場合があります。誤って受信された場合は、大変お手数ですが送信者にご連絡の上、削除してください。",
            "BR" => $"--\n{company}\nEsta mensagem é confidencial. Se você não for o destinatário, avise o remetente e apague-a.",
            "UK" => $"CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended solely for the addressee. If you have received "
                + $"it in error, please notify the sender and delete it. {company} is registered in England and Wales, company no. {number}.",
            _ => "This message may contain confidential and/or privileged information. If you are not the intended recipient, please notify the sender "
                + "immediately and delete this message. Please consider the environment before printing this email.",
        };
    }
}
